package dev.linesift.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.Label;
import org.junit.jupiter.api.Test;

class ScoresTest {
    @Test
    void precisionRecallAndMacroF1() {
        Scores s = new Scores();
        s.add(Label.ARTICLE, Label.ARTICLE);
        s.add(Label.ARTICLE, Label.ARTICLE);
        s.add(Label.ARTICLE, Label.TEASER);
        s.add(Label.TEASER, Label.TEASER);
        s.add(Label.PAYWALL, Label.PAYWALL);
        s.add(Label.METADATA, Label.ARTICLE);
        assertEquals(2.0 / 3, s.precision(Label.ARTICLE), 1e-12);
        assertEquals(2.0 / 3, s.recall(Label.ARTICLE), 1e-12);
        assertEquals(0.5, s.precision(Label.TEASER), 1e-12);
        assertEquals(0.0, s.f1(Label.METADATA), 1e-12);
        double macro = (2.0 / 3 + 1.0 + 2.0 / 3 + 0.0) / 4;
        assertEquals(macro, s.macroF1(), 1e-12);
        assertEquals(4.0 / 6, s.accuracy(), 1e-12);
        assertTrue(s.toMarkdown().contains("| article | 2 | 0 | 1 | 0 |"));
        assertTrue(s.toText().contains("accuracy 0.6667 over 6 lines"));
    }
}
