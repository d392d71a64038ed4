package dev.linesift.internal.features;

import static dev.linesift.internal.features.Bins.bin;

import dev.linesift.Language;
import dev.linesift.train.FeatureGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FeatureGroup#LANGUAGE}: a line's language against the page's dominant language and
 * its neighbours', and how much of the page's text is in it. Menus and cookie notices are often
 * in another language than the story, and a page in one language is easier to trust.
 */
final class LanguageFeatures implements GroupFeatures {
    private static final long L_REL = Hashing.namespace("l.rel");
    private static final long L_PREV = Hashing.namespace("l.prev");
    private static final long L_NEXT = Hashing.namespace("l.next");
    private static final long L_SHARE = Hashing.namespace("l.share");
    private static final long L_MIX = Hashing.namespace("l.mix");

    @Override
    public FeatureGroup group() {
        return FeatureGroup.LANGUAGE;
    }

    @Override
    public LineAdder forPage(PageContext page) {
        int n = page.size;
        List<Language> languages = page.languages();
        // Letters per language, for how much of the page a line's language covers.
        Map<Language, Integer> letters = new HashMap<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            Language l = languages.get(i);
            if (l != Language.UNKNOWN) {
                letters.merge(l, page.profiles[i].letters, Integer::sum);
                total += page.profiles[i].letters;
            }
        }
        int totalLetters = total;
        int dominantLetters = letters.getOrDefault(page.dominant(), 0);
        int mixBin = totalLetters == 0 ? 0 : bin((double) dominantLetters / totalLetters, 0.5, 0.7, 0.85, 0.95);
        return (i, sink) -> {
            Language l = languages.get(i);
            int rel = relation(l, page.dominant());
            sink.add(L_REL, rel * 16L + Bins.lenBin(page.profiles[i].chars));
            sink.add(L_PREV, i == 0 ? 9 : sameLanguage(l, languages.get(i - 1)));
            sink.add(L_NEXT, i == n - 1 ? 9 : sameLanguage(l, languages.get(i + 1)));
            if (l != Language.UNKNOWN && totalLetters > 0) {
                sink.add(L_SHARE, bin((double) letters.getOrDefault(l, 0) / totalLetters, 0.05, 0.2, 0.5, 0.8));
            } else {
                sink.add(L_SHARE, 99);
            }
            sink.add(L_MIX, mixBin * 4L + rel);
        };
    }

    /** 0 unknown, 1 the dominant language, 2 another language. */
    static int relation(Language l, Language dominant) {
        return l == Language.UNKNOWN ? 0 : l == dominant ? 1 : 2;
    }

    /** 0 either unknown, 1 same, 2 different. */
    static int sameLanguage(Language a, Language b) {
        return a == Language.UNKNOWN || b == Language.UNKNOWN ? 0 : a == b ? 1 : 2;
    }
}
