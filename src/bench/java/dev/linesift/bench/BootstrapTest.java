package dev.linesift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Runs with the bench sources: {@code mvn -Pbench test}. */
class BootstrapTest {
    private static List<ShingleScore.Page> pages(int n, double shift, long seed) {
        Random r = new Random(seed);
        List<ShingleScore.Page> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double p = Math.min(1, 0.5 + 0.4 * r.nextDouble() + shift);
            double rc = Math.min(1, 0.5 + 0.4 * r.nextDouble() + shift);
            out.add(new ShingleScore.Page(p, rc, false));
        }
        return out;
    }

    @Test
    void aSystemAgainstItselfDiffersByNothing() {
        List<ShingleScore.Page> a = pages(100, 0, 1);
        Bootstrap.Interval i = Bootstrap.difference(a, a);
        assertEquals(0, i.low(), 1e-12);
        assertEquals(0, i.high(), 1e-12);
        assertFalse(i.excludesZero());
    }

    @Test
    void theIntervalHoldsTheMeasuredF1AndNarrowsWithMorePages() {
        List<ShingleScore.Page> few = pages(30, 0, 2);
        List<ShingleScore.Page> many = pages(3000, 0, 2);
        double f1 = ShingleScore.Summary.of(few).f1();
        Bootstrap.Interval i = Bootstrap.f1(few);
        assertTrue(i.low() < f1 && f1 < i.high(), i + " around " + f1);
        Bootstrap.Interval j = Bootstrap.f1(many);
        assertTrue(j.high() - j.low() < (i.high() - i.low()) / 3, j + " against " + i);
    }

    @Test
    void aSystemBetterOnEveryPageIsBeyondTheNoise() {
        List<ShingleScore.Page> base = pages(50, 0, 3);
        List<ShingleScore.Page> better = new ArrayList<>();
        for (ShingleScore.Page p : base) {
            better.add(new ShingleScore.Page(p.precision() + 0.02, p.recall() + 0.02, false));
        }
        Bootstrap.Interval i = Bootstrap.difference(better, base);
        assertTrue(i.excludesZero() && i.low() > 0, i.toString());
        // The same two systems compared unpaired would overlap: their own intervals are wider than the gap.
        Bootstrap.Interval own = Bootstrap.f1(base);
        assertTrue(own.high() - own.low() > 0.02, own.toString());
    }

    @Test
    void differentPageCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.difference(pages(5, 0, 4), pages(6, 0, 4)));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.f1(List.of()));
    }
}
