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

    /** Scores {@code predicted} against {@code truth} and checks precision and recall. */
    private static ShingleScore.Page assertScores(String predicted, String truth, double precision, double recall) {
        ShingleScore.Page p = ShingleScore.score(predicted, truth);
        assertEquals(precision, p.precision(), 1e-12, "precision");
        assertEquals(recall, p.recall(), 1e-12, "recall");
        return p;
    }

    @Test
    void theSameTextScoresOneAndIsExactWhateverThePunctuation() {
        assertTrue(assertScores("One two three four five.", "One, two three four five", 1, 1).exact());
    }

    @Test
    void extraAndMissingShinglesCountOnTheirSide() {
        // Truth has shingles abcd, bcde; the prediction abcd and bcdx: one of two right each way.
        assertFalse(assertScores("a b c d x", "a b c d e", 0.5, 0.5).exact());
        // Twice the text where truth has it once: five shingles (abcd twice, bcda, cdab, dabc), and
        // the overlap is a multiset, so only one abcd counts.
        assertScores("a b c d\na b c d", "a b c d", 1.0 / 5, 1);
    }

    @Test
    void shortTextIsOneShingleAndEmptyOnBothSidesScoresOne() {
        assertScores("a b", "a b", 1, 1);
        assertScores("a b", "a c", 0, 0);
        assertScores("", "", 1, 1);
        assertScores("", "some text here", 0, 0);
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
