package dev.linesift.internal.features;

import static dev.linesift.internal.features.Bins.bin;

import dev.linesift.internal.lines.MarkupCues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Readability-like extractor measures of a line's containers, as binned codes for the
 * model to weigh rather than as a hand-set score: for the line's first {@link #LEVELS} ancestors,
 * the share of the page's plain (unlinked) text each holds and its link density; where the line
 * stands relative to the densest container, the one whose own lines hold the most plain text
 * (with half the credit to its grandchildren, as Readability gives); how its parent and
 * grandparent rank by plain text; and how far out the container holding half of it lies.
 *
 * @param ancestor per line and level: share bin times ten plus link-density bin, or
 *                 {@link #ABSENT} where the line has no container at that level
 * @param densest  per line: 10 + depth (1–6) inside the densest container, 20 + a distance bin
 *                 before its first line, 30 + a distance bin after its last, 0 with no markup
 * @param mass     per line: the parent's rank code times 100 plus the grandparent's; a rank
 *                 code is the rank among containers of that level by plain text (0 the
 *                 largest, at most 3) times ten plus a share bin, {@link #ABSENT} for none
 * @param textHome per line: how far out the innermost container holding half of the page's
 *                 plain text lies (1 its parent, 2 its grandparent, ..., {@link ContainerShares#NONE} none)
 */
record ContainerMass(int[][] ancestor, int[] densest, int[] mass, int[] textHome) {
    static final int LEVELS = 4;
    static final int ABSENT = 99;

    static ContainerMass of(List<MarkupCues> cues, LineProfile[] profiles) {
        int n = cues.size();
        // Plain text is worked out two ways, as letters * (1 - density) for the rank and
        // text-home codes and as letters - letters * density for the ancestor and densest codes:
        // the two can differ in the last bit, and the model was trained on each as it is.
        double[] plain = new double[n];
        double[] unlinked = new double[n];
        double[] linked = new double[n];
        for (int i = 0; i < n; i++) {
            double density = cues.get(i).linkDensity();
            plain[i] = profiles[i].letters * (1.0 - density);
            linked[i] = profiles[i].letters * density;
            unlinked[i] = profiles[i].letters - linked[i];
        }
        int[] parentRank = rank(cues, plain, false);
        int[] grandRank = rank(cues, plain, true);
        int[] mass = new int[n];
        for (int i = 0; i < n; i++) {
            mass[i] = parentRank[i] * 100 + grandRank[i];
        }
        int[][] ancestor = new int[n][LEVELS];
        int[] densest = densest(cues, unlinked);
        ContainerSums plainSums = ContainerSums.everyLevel(cues, unlinked);
        ContainerSums linkSums = ContainerSums.everyLevel(cues, linked);
        double total = plainSums.total();
        for (int i = 0; i < n; i++) {
            MarkupCues c = cues.get(i);
            List<Integer> ids = c.containers();
            for (int k = 0; k < LEVELS; k++) {
                if (!c.present() || k >= ids.size() || total <= 0) {
                    ancestor[i][k] = ABSENT;
                    continue;
                }
                double text = plainSums.of(ids.get(k));
                double links = linkSums.of(ids.get(k));
                double letters = text + links;
                ancestor[i][k] = bin(text / total, 0.02, 0.1, 0.25, 0.5, 0.8) * 10
                        + (letters == 0 ? 9 : Bins.linkBin(links / letters));
            }
        }
        return new ContainerMass(ancestor, densest, mass, ContainerShares.of(cues, plain).depth());
    }

    /** The {@link #densest} codes. */
    private static int[] densest(List<MarkupCues> cues, double[] unlinked) {
        int n = cues.size();
        // A container's own text: its children's lines in full, its grandchildren's by half.
        Map<Integer, Double> own = new HashMap<>();
        for (int i = 0; i < n; i++) {
            MarkupCues c = cues.get(i);
            List<Integer> ids = c.containers();
            if (!c.present()) {
                continue;
            }
            if (!ids.isEmpty()) {
                own.merge(ids.get(0), unlinked[i], Double::sum);
            }
            if (ids.size() > 1) {
                own.merge(ids.get(1), unlinked[i] / 2, Double::sum);
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
        int[] densest = new int[n];
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            int at = top == 0 ? -1 : cues.get(i).containers().indexOf(top);
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
        return densest;
    }

    /**
     * Per line, the rank code of its parent ({@code grand}: grandparent) by plain text. The story
     * body is nearly always the container with the most plain text; menus and card lists are links.
     */
    private static int[] rank(List<MarkupCues> cues, double[] plain, boolean grand) {
        ContainerSums sums = ContainerSums.oneLevel(cues, plain, grand);
        List<Double> sorted = new ArrayList<>(sums.byId().values());
        sorted.sort(Comparator.reverseOrder());
        int[] out = new int[cues.size()];
        for (int i = 0; i < out.length; i++) {
            MarkupCues c = cues.get(i);
            int id = ContainerSums.level(c, grand);
            Double m = id == 0 ? null : sums.byId().get(id);
            if (!c.present() || m == null || sums.total() <= 0) {
                out[i] = ABSENT;
                continue;
            }
            int rank = sorted.indexOf(m);
            out[i] = Math.min(rank, 3) * 10 + bin(m / sums.total(), 0.02, 0.1, 0.25, 0.5);
        }
        return out;
    }

    private static int distance(int lines) {
        return lines <= 2 ? 0 : lines <= 5 ? 1 : lines <= 12 ? 2 : lines <= 30 ? 3 : 4;
    }
}
