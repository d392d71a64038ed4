package dev.linesift.internal.features;

import dev.linesift.train.FeatureGroup;
import java.util.List;

/**
 * {@link FeatureGroup#LEXICAL}: a line's hashed words and word pairs, its first and last words,
 * the whole of a short line, and character 4-grams of its digit-masked start.
 */
final class LexicalFeatures implements GroupFeatures {
    private static final long X_W = Hashing.namespace("x.w");
    private static final long X_B = Hashing.namespace("x.b");
    private static final long X_F = Hashing.namespace("x.f");
    private static final long X_F2 = Hashing.namespace("x.f2");
    private static final long X_L = Hashing.namespace("x.l");
    private static final long X_C4 = Hashing.namespace("x.c4");
    private static final long X_WHOLE = Hashing.namespace("x.whole");

    @Override
    public FeatureGroup group() {
        return FeatureGroup.LEXICAL;
    }

    @Override
    public LineAdder forPage(PageContext page) {
        return (i, sink) -> add(sink, page.profiles[i]);
    }

    private static void add(FeatureSink sink, LineProfile p) {
        List<String> t = p.tokens;
        int max = Math.min(t.size(), 30);
        for (int k = 0; k < max; k++) {
            sink.add(X_W, t.get(k));
            if (k + 1 < max && k < 12) {
                sink.add(X_B, t.get(k) + ' ' + t.get(k + 1));
            }
        }
        if (!t.isEmpty()) {
            sink.add(X_F, t.get(0));
            sink.add(X_L, t.get(t.size() - 1));
            if (t.size() > 1) {
                sink.add(X_F2, t.get(0) + ' ' + t.get(1));
            }
            if (t.size() <= 4) {
                sink.add(X_WHOLE, String.join(" ", t));
            }
        }
        String s = p.normalized;
        int end = Math.min(s.length(), 48);
        StringBuilder padded = new StringBuilder(end + 2).append('^').append(s, 0, end);
        if (end == s.length()) {
            padded.append('$');
        }
        for (int k = 0; k + 4 <= padded.length(); k++) {
            sink.add(Hashing.value(X_C4, padded, k, k + 4));
        }
    }
}
