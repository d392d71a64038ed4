package dev.linesift.internal.features;

import static dev.linesift.internal.features.Bins.countBin;

import dev.linesift.train.FeatureGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FeatureGroup#REPETITION}: how often a line, its digit-masked form and its first two
 * words recur in the page, how near the next occurrence is, and whether the line's shape repeats
 * with a short period, as in a list of cards. Boilerplate repeats; a story's sentences do not.
 */
final class RepetitionFeatures implements GroupFeatures {
    private static final long R_EXACT = Hashing.namespace("r.exact");
    private static final long R_NORM = Hashing.namespace("r.norm");
    private static final long R_FIRST = Hashing.namespace("r.first");
    private static final long R_OCC = Hashing.namespace("r.occ");
    private static final long R_DIST = Hashing.namespace("r.dist");
    private static final long R_PREFIX = Hashing.namespace("r.prefix");
    private static final long R_PERIOD = Hashing.namespace("r.period");

    @Override
    public FeatureGroup group() {
        return FeatureGroup.REPETITION;
    }

    @Override
    public LineAdder forPage(PageContext page) {
        int n = page.size;
        LineProfile[] profiles = page.profiles;
        String[] prefixes = new String[n];
        Map<String, Integer> prefixCount = new HashMap<>();
        int[] signature = new int[n];
        for (int i = 0; i < n; i++) {
            List<String> t = profiles[i].tokens;
            prefixes[i] = t.isEmpty() ? "" : t.size() == 1 ? t.get(0) : t.get(0) + ' ' + t.get(1);
            prefixCount.merge(prefixes[i], 1, Integer::sum);
            LineProfile q = profiles[i];
            signature[i] = (Bins.lenBin(q.chars) * 16 + Math.min(q.tokenCount(), 15)) * 128 + q.lastClass % 128
                    + 100_000 * Bins.caseBin(q);
        }
        String first = n == 0 ? "" : page.keys[0];
        int[] prevSame = page.prevSame;
        int[] nextSame = page.nextSame;
        return (i, sink) -> {
            sink.add(R_EXACT, countBin(page.exactCount[i]));
            sink.add(R_NORM, countBin(page.normCount[page.normGroup[i]]));
            sink.add(R_FIRST, i > 0 && page.keys[i].equals(first) ? 1 : 0);
            sink.add(R_OCC, (prevSame[i] >= 0 ? 1 : 0) + (nextSame[i] >= 0 ? 2 : 0));
            int dist = Integer.MAX_VALUE;
            if (prevSame[i] >= 0) {
                dist = i - prevSame[i];
            }
            if (nextSame[i] >= 0) {
                dist = Math.min(dist, nextSame[i] - i);
            }
            sink.add(R_DIST, dist == Integer.MAX_VALUE ? 0 : dist <= 1 ? 1 : dist <= 2 ? 2 : dist <= 5 ? 3 : dist <= 10 ? 4 : 5);
            sink.add(R_PREFIX, countBin(prefixCount.get(prefixes[i])));
            // Lists of cards repeat a shape every few lines: a line matching the line k away,
            // while the line next to it does not, marks a period of k.
            for (int k = 2; k <= 5; k++) {
                boolean back = i - k >= 0 && signature[i] == signature[i - k] && signature[i - 1] != signature[i];
                boolean fwd = i + k < n && signature[i] == signature[i + k] && signature[i + 1] != signature[i];
                if (back || fwd) {
                    sink.add(R_PERIOD, k * 4L + (back ? 1 : 0) + (fwd ? 2 : 0));
                }
            }
        };
    }
}
