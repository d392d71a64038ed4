package dev.linesift.internal.features;

import dev.linesift.internal.lines.MarkupCues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Readability-like extractor measures of a line's containers, as binned codes for the
 * model to weigh rather than as a hand-set score: for the line's first {@link #LEVELS} ancestors,
 * the share of the page's plain (unlinked) text each holds and its link density; and where the
 * line stands relative to the densest container, the one whose own lines hold the most plain
 * text (with half the credit to its grandchildren, as Readability gives).
 *
 * @param ancestor per line and level: share bin times ten plus link-density bin, or
 *                 {@link #ABSENT} where the line has no container at that level
 * @param densest  per line: 10 + depth (1–6) inside the densest container, 20 + a distance bin
 *                 before its first line, 30 + a distance bin after its last, 0 with no markup
 */
record ContainerMass(int[][] ancestor, int[] densest) {
    static final int LEVELS = 4;
    static final int ABSENT = 99;

    static ContainerMass of(List<MarkupCues> cues, LineProfile[] profiles) {
        int n = cues.size();
        Map<Integer, double[]> mass = new HashMap<>(); // id -> {unlinked, linked}
        Map<Integer, Double> own = new HashMap<>();
        double total = 0;
        for (int i = 0; i < n; i++) {
            MarkupCues c = cues.get(i);
            if (!c.present()) {
                continue;
            }
            double linked = profiles[i].letters * c.linkDensity();
            double unlinked = profiles[i].letters - linked;
            total += unlinked;
            List<Integer> ids = c.containers();
            for (int id : ids) {
                double[] m = mass.computeIfAbsent(id, k -> new double[2]);
                m[0] += unlinked;
                m[1] += linked;
            }
            if (!ids.isEmpty()) {
                own.merge(ids.get(0), unlinked, Double::sum);
            }
            if (ids.size() > 1) {
                own.merge(ids.get(1), unlinked / 2, Double::sum);
            }
        }
        int top = 0;
        double best = 0;
        for (Map.Entry<Integer, Double> e : own.entrySet()) {
            if (e.getValue() > best || e.getValue() == best && top != 0 && e.getKey() < top) {
                best = e.getValue();
                top = e.getKey();
            }
        }
        int[][] ancestor = new int[n][LEVELS];
        int[] densest = new int[n];
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            MarkupCues c = cues.get(i);
            List<Integer> ids = c.containers();
            for (int k = 0; k < LEVELS; k++) {
                if (!c.present() || k >= ids.size() || total <= 0) {
                    ancestor[i][k] = ABSENT;
                    continue;
                }
                double[] m = mass.get(ids.get(k));
                double letters = m[0] + m[1];
                ancestor[i][k] = FeatureExtractor.bin(m[0] / total, 0.02, 0.1, 0.25, 0.5, 0.8) * 10
                        + (letters == 0 ? 9 : FeatureExtractor.linkBin(m[1] / letters));
            }
            int at = top == 0 ? -1 : ids.indexOf(top);
            if (at >= 0) {
                densest[i] = 10 + Math.min(at + 1, 6);
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!cues.get(i).present() || densest[i] != 0 || first < 0) {
                continue;
            }
            densest[i] = i < first ? 20 + distance(first - i) : i > last ? 30 + distance(i - last) : 40;
        }
        return new ContainerMass(ancestor, densest);
    }

    private static int distance(int lines) {
        return lines <= 2 ? 0 : lines <= 5 ? 1 : lines <= 12 ? 2 : lines <= 30 ? 3 : 4;
    }
}
