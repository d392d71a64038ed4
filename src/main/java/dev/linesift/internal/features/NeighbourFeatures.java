package dev.linesift.internal.features;

import dev.linesift.Language;
import dev.linesift.internal.lines.MarkupCues;
import dev.linesift.train.FeatureGroup;
import java.util.List;

/**
 * {@link FeatureGroup#NEIGHBOURS}: compact shape, language and repetition features of the three
 * lines before and after a line, each offset in its own namespace. With {@link FeatureGroup#MARKUP}
 * on they also carry the neighbours' block tags, and with {@link FeatureGroup#LEXICAL} on the
 * adjacent lines' first words: those follow the other groups' switches so that a group switched
 * off leaves nothing of itself behind here.
 */
final class NeighbourFeatures implements GroupFeatures {
    private static final int[] OFFSETS = {-3, -2, -1, 1, 2, 3};
    private static final long[] N_LEN = spaces("len");
    private static final long[] N_TOK = spaces("tok");
    private static final long[] N_LAST = spaces("last");
    private static final long[] N_FIRST = spaces("first");
    private static final long[] N_LREL = spaces("lrel");
    private static final long[] N_LSAME = spaces("lsame");
    private static final long[] N_REP = spaces("rep");
    private static final long[] N_CASE = spaces("case");
    private static final long[] N_MK = spaces("mk");
    private static final long[] N_NONE = spaces("none");
    private static final long[] N_WORD = spaces("word");

    private static long[] spaces(String name) {
        long[] spaces = new long[OFFSETS.length];
        for (int k = 0; k < OFFSETS.length; k++) {
            spaces[k] = Hashing.namespace("n" + OFFSETS[k] + "." + name);
        }
        return spaces;
    }

    @Override
    public FeatureGroup group() {
        return FeatureGroup.NEIGHBOURS;
    }

    @Override
    public LineAdder forPage(PageContext page) {
        int n = page.size;
        List<Language> languages = page.languages();
        boolean markup = page.settings.has(FeatureGroup.MARKUP);
        boolean lexical = page.settings.has(FeatureGroup.LEXICAL);
        return (i, sink) -> {
            for (int k = 0; k < OFFSETS.length; k++) {
                int j = i + OFFSETS[k];
                if (j < 0 || j >= n) {
                    sink.add(N_NONE[k], 0);
                    continue;
                }
                LineProfile q = page.profiles[j];
                sink.add(N_LEN[k], Bins.lenBin(q.chars));
                sink.add(N_TOK[k], Bins.tokenBin(q.tokenCount()));
                sink.add(N_LAST[k], q.lastClass);
                sink.add(N_FIRST[k], q.firstClass);
                sink.add(N_LREL[k], LanguageFeatures.relation(languages.get(j), page.dominant()));
                sink.add(N_LSAME[k], LanguageFeatures.sameLanguage(languages.get(i), languages.get(j)));
                sink.add(N_REP[k], Bins.countBin(page.exactCount[j]));
                sink.add(N_CASE[k], Bins.caseBin(q));
                MarkupCues c = page.cues().get(j);
                if (c.present() && markup) {
                    sink.add(N_MK[k], Hashing.value(c.tag().hashCode(), c.headingLevel() * 8L + Bins.linkBin(c.linkDensity())));
                }
                if ((OFFSETS[k] == -1 || OFFSETS[k] == 1) && !q.tokens.isEmpty() && lexical) {
                    sink.add(N_WORD[k], q.tokens.get(0));
                }
            }
        };
    }
}
