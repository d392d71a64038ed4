package dev.linesift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WCXB's scoring rules of {@code ../shared/bench/README.md}, case by case: {@code mvn -Pbench test}. */
class WcxbScoreTest {
    /** Scores without snippets and checks precision, recall and F1. */
    private static WcxbScore.Page assertScores(String predicted, String truth, double precision, double recall, double f1) {
        WcxbScore.Page p = WcxbScore.score(predicted, truth, List.of(), List.of());
        assertEquals(precision, p.precision(), 1e-12, "precision");
        assertEquals(recall, p.recall(), 1e-12, "recall");
        assertEquals(f1, p.f1(), 1e-12, "f1");
        return p;
    }

    @Test
    void tokensAreLowercasedUnicodeWordRunsCounted() {
        assertEquals(Map.of("bodø", 2, "s", 1, "ferry", 1, "2024", 1, "løp", 1),
                WcxbScore.tokens("Bodø's FERRY — 2024: «Løp» BODØ"));
    }

    @Test
    void caseAndPunctuationDoNotCount() {
        assertScores("One, TWO three.", "one two three", 1, 1, 1);
    }

    @Test
    void wordsAreABagOrderDoesNotCount() {
        // Shingles would score this 0; WCXB's words score it 1.
        assertScores("three two one", "one two three", 1, 1, 1);
    }

    @Test
    void overlapIsAMultiset() {
        // "a" twice predicted, once in truth: overlap 2 (a, b) of 3 predicted, of 2 truth.
        assertScores("a a b", "a b", 2.0 / 3, 1, 0.8);
        // Half the truth, nothing extra.
        assertScores("a b", "a b c d", 1, 0.5, 2.0 / 3);
        assertScores("x y", "a b", 0, 0, 0);
    }

    @Test
    void emptyTruthScoresOneOnlyForAnEmptyPredictionAndAnEmptyPredictionScoresZero() {
        assertScores("", "", 1, 1, 1);
        assertScores(" — ", "…", 1, 1, 1);
        assertScores("menu", "", 0, 0, 0);
        assertScores("", "some text here", 0, 0, 0);
    }

    @Test
    void snippetsAreCaseInsensitiveSubstringsCountedOverAllPages() {
        WcxbScore.Page a = WcxbScore.score("The Ferry leaves at NOON.\nSign up", "the ferry leaves at noon",
                List.of("ferry leaves at noon", "back at six"), List.of("sign up", "cookie settings"));
        assertEquals(1, a.withFound());
        assertEquals(2, a.withTotal());
        assertEquals(1, a.withoutFound());
        assertEquals(2, a.withoutTotal());
        // A snippet is matched as written: across a line break it is not found.
        WcxbScore.Page b = WcxbScore.score("back at\nsix", "back at six", List.of("back at six"), List.of());
        assertEquals(0, b.withFound());
        WcxbScore.Summary s = WcxbScore.Summary.of(List.of(a, b));
        assertEquals(1.0 / 3, s.withKept(), 1e-12);
        assertEquals(0.5, s.withoutLeaked(), 1e-12);
        assertTrue(Double.isNaN(WcxbScore.Summary.of(List.of(b)).withoutLeaked()));
    }

    @Test
    void reportedFiguresAreMeansOverPagesF1Included() {
        WcxbScore.Summary s = WcxbScore.Summary.of(List.of(new WcxbScore.Page(1, 0.2, 1.0 / 3, 0, 0, 0, 0),
                new WcxbScore.Page(0.2, 1, 1.0 / 3, 0, 0, 0, 0)));
        assertEquals(0.6, s.precision(), 1e-12);
        assertEquals(0.6, s.recall(), 1e-12);
        // The mean of the pages' F1, not the F1 of the means (0.6).
        assertEquals(1.0 / 3, s.f1(), 1e-12);
        assertEquals(2, s.pages());
    }

    @Test
    void theIntervalIsOfTheMeanPageF1() {
        List<WcxbScore.Page> same = List.of(new WcxbScore.Page(1, 1, 0.5, 0, 0, 0, 0), new WcxbScore.Page(1, 1, 0.5, 0, 0, 0, 0));
        Bootstrap.Interval i = WcxbBench.interval(same);
        assertEquals(0.5, i.low(), 1e-12);
        assertEquals(0.5, i.high(), 1e-12);
    }
}
