package dev.linesift.internal.features;

import dev.linesift.train.FeatureGroup;
import java.util.List;
import java.util.Map;

/**
 * {@link FeatureGroup#COHESION}: whether a line's rarer words recur in lines far from it. A
 * story's lines share names and terms; a card for another story shares them only with its own
 * card, which sits next to it.
 */
final class CohesionFeatures implements GroupFeatures {
    private static final long H_MAX = Hashing.namespace("h.max");
    private static final long H_SHARE = Hashing.namespace("h.share");
    private static final long H_LEN = Hashing.namespace("h.max*len");
    /** Lines closer than this are the same block or card; recurrence there says nothing. */
    private static final int NEAR = 4;

    @Override
    public FeatureGroup group() {
        return FeatureGroup.COHESION;
    }

    @Override
    public LineAdder forPage(PageContext page) {
        int[][] cohesion = cohesion(page.profiles.length, page.rare);
        return (i, sink) -> {
            sink.add(H_MAX, cohesion[i][0]);
            sink.add(H_SHARE, cohesion[i][1]);
            sink.add(H_LEN, cohesion[i][0] * 16L + Bins.lenBin(page.profiles[i].chars));
        };
    }

    /**
     * For each line: [0] a bin of the largest number of far-away lines that share one of its
     * rarer words, [1] a bin of the share of its rarer words that recur far away. Words of five
     * or more letters count; a word in more than a quarter of the lines is too common to tell.
     */
    private static int[][] cohesion(int n, RareWords words) {
        Map<String, List<Integer>> linesOf = words.linesOf;
        int common = Math.max(3, n / 4);
        int[][] out = new int[n][2];
        for (int i = 0; i < n; i++) {
            int max = 0;
            int recurring = 0;
            int counted = 0;
            for (String w : words.perLine.get(i)) {
                List<Integer> occ = linesOf.get(w);
                if (occ.size() > common) {
                    continue;
                }
                counted++;
                int far = 0;
                for (int j : occ) {
                    if (Math.abs(j - i) > NEAR) {
                        far++;
                    }
                }
                max = Math.max(max, far);
                if (far > 0) {
                    recurring++;
                }
            }
            out[i][0] = max == 0 ? 0 : max == 1 ? 1 : max == 2 ? 2 : max <= 4 ? 3 : max <= 8 ? 4 : 5;
            out[i][1] = counted == 0 ? 9 : Bins.bin((double) recurring / counted, 0.01, 0.2, 0.4, 0.7);
        }
        return out;
    }
}
