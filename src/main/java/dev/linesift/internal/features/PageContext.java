package dev.linesift.internal.features;

import dev.linesift.Language;
import dev.linesift.internal.lines.MarkupCues;
import dev.linesift.train.FeatureSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What several feature groups read of one page, worked out once: the lines' profiles and
 * stripped texts, how often each text recurs, and the rarer words. The repetition fields also
 * go into {@link PageFeatures} for the context stage.
 */
final class PageContext {
    final FeatureSettings settings;
    final ContentLines page;
    final int size;
    final LineProfile[] profiles;
    /** Each line's stripped text. */
    final String[] keys;
    /** How many lines of the page have each line's stripped text. */
    final int[] exactCount;
    /** For each line, an id shared by lines with the same digit-masked text. */
    final int[] normGroup;
    /** How many lines share each {@link #normGroup} id. */
    final int[] normCount;
    /** Index of the previous / next line with the same stripped text, or -1. */
    final int[] prevSame;
    final int[] nextSame;
    final RareWords rare;

    PageContext(ContentLines page, FeatureSettings settings) {
        this.settings = settings;
        this.page = page;
        int n = page.size();
        size = n;
        profiles = new LineProfile[n];
        for (int i = 0; i < n; i++) {
            profiles[i] = LineProfile.of(page.texts().get(i), settings.analysedChars());
        }
        keys = new String[n];
        normGroup = new int[n];
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> normIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            keys[i] = page.texts().get(i).strip();
            counts.merge(keys[i], 1, Integer::sum);
            normGroup[i] = normIds.computeIfAbsent(profiles[i].normalized, k -> normIds.size());
        }
        exactCount = new int[n];
        for (int i = 0; i < n; i++) {
            exactCount[i] = counts.get(keys[i]);
        }
        normCount = new int[normIds.size()];
        for (int g : normGroup) {
            normCount[g]++;
        }
        prevSame = new int[n];
        nextSame = new int[n];
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer p = last.put(keys[i], i);
            prevSame[i] = p == null ? -1 : p;
            nextSame[i] = -1;
            if (p != null) {
                nextSame[p] = i;
            }
        }
        rare = new RareWords(profiles);
    }

    List<MarkupCues> cues() {
        return page.cues();
    }

    List<Language> languages() {
        return page.languages();
    }

    Language dominant() {
        return page.dominant();
    }
}
