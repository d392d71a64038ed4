package dev.linesift.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * How much a benchmark's F1 depends on which pages it happens to hold (181 for scrapinghub,
 * 400 for wcxb-dev): pages are drawn with replacement (a fixed seed, so the report is
 * reproducible) and the benchmark's own F1 is recomputed for each draw: the F1 of the mean
 * precision and mean recall for scrapinghub, the mean of the pages' F1 for WCXB ({@link #of}).
 * Comparisons are paired: both systems are scored on the same drawn pages, so the interval of a
 * difference is far narrower than the two systems' intervals side by side suggest.
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
        // Scored as the benchmark scores: F1 of the mean precision and mean recall.
        return of(a, b, pages -> ShingleScore.Summary.of(pages).f1());
    }

    /**
     * The 95 % interval of {@code statistic} of {@code a} minus that of {@code b}, both on the
     * same resampled pages ({@code b} null: of {@code a} alone).
     */
    static <T> Interval of(List<T> a, List<T> b, ToDoubleFunction<List<T>> statistic) {
        int n = a.size();
        if (n == 0 || (b != null && b.size() != n)) {
            throw new IllegalArgumentException("need the same, non-empty pages for both systems");
        }
        Random random = new Random(SEED);
        double[] values = new double[DRAWS];
        List<T> drawnA = new ArrayList<>(n);
        List<T> drawnB = new ArrayList<>(n);
        for (int d = 0; d < DRAWS; d++) {
            drawnA.clear();
            drawnB.clear();
            for (int i = 0; i < n; i++) {
                int page = random.nextInt(n);
                drawnA.add(a.get(page));
                if (b != null) {
                    drawnB.add(b.get(page));
                }
            }
            values[d] = statistic.applyAsDouble(drawnA) - (b == null ? 0 : statistic.applyAsDouble(drawnB));
        }
        Arrays.sort(values);
        return new Interval(values[(int) Math.floor(0.025 * (DRAWS - 1))], values[(int) Math.ceil(0.975 * (DRAWS - 1))]);
    }
}
