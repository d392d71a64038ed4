package dev.linesift.internal.features;

import dev.linesift.internal.lines.MarkupCues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A weight spread over a page's lines, summed by container: the one pass behind every feature
 * that asks how much of the page's text (or article probability) a line's container holds. Lines
 * read without markup are left out. Sums run in line order, so the values are reproducible.
 *
 * @param byId  the summed weight of each container id
 * @param total the summed weight of the lines counted
 */
record ContainerSums(Map<Integer, Double> byId, double total) {

    /** Every container of each line, out to the outermost, gets the line's weight once. */
    static ContainerSums everyLevel(List<MarkupCues> cues, double[] weight) {
        Map<Integer, Double> sums = new HashMap<>();
        double total = 0;
        for (int i = 0; i < cues.size(); i++) {
            MarkupCues c = cues.get(i);
            if (!c.present()) {
                continue;
            }
            total += weight[i];
            for (int id : c.containers()) {
                sums.merge(id, weight[i], Double::sum);
            }
        }
        return new ContainerSums(sums, total);
    }

    /**
     * Only each line's parent ({@code grand}: its grandparent) gets the line's weight; a line
     * without one is left out of the total as well.
     */
    static ContainerSums oneLevel(List<MarkupCues> cues, double[] weight, boolean grand) {
        Map<Integer, Double> sums = new HashMap<>();
        double total = 0;
        for (int i = 0; i < cues.size(); i++) {
            MarkupCues c = cues.get(i);
            int id = level(c, grand);
            if (!c.present() || id == 0) {
                continue;
            }
            sums.merge(id, weight[i], Double::sum);
            total += weight[i];
        }
        return new ContainerSums(sums, total);
    }

    /** The line's parent or grandparent id, 0 for none. */
    static int level(MarkupCues c, boolean grand) {
        return grand ? c.grandparent() : c.parent();
    }

    /** The summed weight of one container, 0 for one no counted line is in. */
    double of(int id) {
        return byId.getOrDefault(id, 0.0);
    }
}
