package dev.linesift.internal.features;

import dev.linesift.internal.lines.MarkupCues;
import java.util.List;

/**
 * Where each line of a page sits relative to the container that holds half of some weight spread
 * over the page's lines (plain text, or the first stage's article text). A story's paragraphs sit
 * right inside that container; comments and other stories' cards meet it only further out.
 *
 * @param depth       per line: 1 when its parent holds half the weight, 2 its grandparent, ...
 *                    (6 for six or more levels out), {@link #NONE} when no container does or the
 *                    line came without markup
 * @param parentShare per line: the share of the weight its parent holds (0 without markup)
 */
record ContainerShares(int[] depth, double[] parentShare) {
    static final int NONE = 9;

    /** @param weight per line; lines without markup are left out */
    static ContainerShares of(List<MarkupCues> cues, double[] weight) {
        int n = cues.size();
        ContainerSums mass = ContainerSums.everyLevel(cues, weight);
        double total = mass.total();
        int[] depth = new int[n];
        double[] parentShare = new double[n];
        for (int i = 0; i < n; i++) {
            MarkupCues c = cues.get(i);
            depth[i] = NONE;
            List<Integer> ids = c.containers();
            if (!c.present() || ids.isEmpty() || total <= 0) {
                continue;
            }
            for (int k = 0; k < ids.size(); k++) {
                if (mass.of(ids.get(k)) >= 0.5 * total) {
                    depth[i] = Math.min(k + 1, 6);
                    break;
                }
            }
            parentShare[i] = mass.of(ids.get(0)) / total;
        }
        return new ContainerShares(depth, parentShare);
    }
}
