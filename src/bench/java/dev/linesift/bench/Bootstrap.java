package dev.linesift.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How much the benchmark's F1 depends on which 181 pages it happens to hold: pages are drawn
 * with replacement (a fixed seed, so the report is reproducible) and the F1 of the mean
 * precision and mean recall is recomputed for each draw. Comparisons are paired: both systems
 * are scored on the same drawn pages, so the interval of a difference is far narrower than the
 * two systems' intervals side by side suggest.
 */
final class Bootstrap {
    static final int DRAWS = 2000;
    static final long SEED = 20261127L;

    /** A 95 % percentile interval. */
    record Interval(double low, double high) {
        boolean excludesZero() {
            return low > 0 || high < 0;
        }
    }

    private Bootstrap() {
    }

    /** The 95 % interval of one system's F1 over resampled pages. */
    static Interval f1(List<ShingleScore.Page> pages) {
        return difference(pages, null);
    }

    /**
     * The 95 % interval of {@code a}'s F1 minus {@code b}'s over the same resampled pages
     * ({@code b} null: {@code a}'s F1 alone).
     */
    static Interval difference(List<ShingleScore.Page> a, List<ShingleScore.Page> b) {
        int n = a.size();
        if (n == 0 || (b != null && b.size() != n)) {
            throw new IllegalArgumentException("need the same, non-empty pages for both systems");
        }
        Random random = new Random(SEED);
        double[] values = new double[DRAWS];
        int[] drawn = new int[n];
        for (int d = 0; d < DRAWS; d++) {
            for (int i = 0; i < n; i++) {
                drawn[i] = random.nextInt(n);
            }
            values[d] = f1(a, drawn) - (b == null ? 0 : f1(b, drawn));
        }
        Arrays.sort(values);
        return new Interval(values[(int) Math.floor(0.025 * (DRAWS - 1))], values[(int) Math.ceil(0.975 * (DRAWS - 1))]);
    }

    private static double f1(List<ShingleScore.Page> pages, int[] drawn) {
        double p = 0;
        double r = 0;
        for (int i : drawn) {
            p += pages.get(i).precision();
            r += pages.get(i).recall();
        }
        p /= drawn.length;
        r /= drawn.length;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
