package dev.linesift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules of {@code ../shared/bench/README.md}, case by case. */
class ShingleScoreTest {
    @Test
    void tokensAreUnicodeWordRuns() {
        assertEquals(List.of("Bodø", "s", "ferry", "2024", "løp"), ShingleScore.tokens("Bodø's ferry — 2024: «løp»!"));
    }

    @Test
    void theSameTextScoresOneAndIsExactWhateverThePunctuation() {
        ShingleScore.Page p = ShingleScore.score("One two three four five.", "One, two three four five");
        assertEquals(1, p.precision(), 1e-12);
        assertEquals(1, p.recall(), 1e-12);
        assertTrue(p.exact());
    }

    @Test
    void extraAndMissingShinglesCountOnTheirSide() {
        // Truth has shingles abcd, bcde; the prediction abcd and bcdx: one of two right each way.
        ShingleScore.Page p = ShingleScore.score("a b c d x", "a b c d e");
        assertEquals(0.5, p.precision(), 1e-12);
        assertEquals(0.5, p.recall(), 1e-12);
        assertFalse(p.exact());
        // Twice the text where truth has it once: five shingles (abcd twice, bcda, cdab, dabc), and
        // the overlap is a multiset, so only one abcd counts.
        ShingleScore.Page twice = ShingleScore.score("a b c d\na b c d", "a b c d");
        assertEquals(1, twice.recall(), 1e-12);
        assertEquals(1.0 / 5, twice.precision(), 1e-12);
    }

    @Test
    void shortTextIsOneShingleAndEmptyOnBothSidesScoresOne() {
        assertEquals(1, ShingleScore.score("a b", "a b").precision(), 1e-12);
        assertEquals(0, ShingleScore.score("a b", "a c").recall(), 1e-12);
        ShingleScore.Page empty = ShingleScore.score("", "");
        assertEquals(1, empty.precision(), 1e-12);
        assertEquals(1, empty.recall(), 1e-12);
        assertEquals(0, ShingleScore.score("", "some text here").recall(), 1e-12);
    }

    @Test
    void f1IsOfTheMeansNotTheMeanOfPageF1s() {
        ShingleScore.Summary s = ShingleScore.Summary.of(List.of(new ShingleScore.Page(1, 0.2, false),
                new ShingleScore.Page(0.2, 1, true)));
        assertEquals(0.6, s.precision(), 1e-12);
        assertEquals(0.6, s.recall(), 1e-12);
        assertEquals(0.6, s.f1(), 1e-12);
        assertEquals(0.5, s.accuracy(), 1e-12);
    }
}
