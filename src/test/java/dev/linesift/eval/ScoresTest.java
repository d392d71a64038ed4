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

    @Test
    void confidenceBandsCountLinesAndRightShare() {
        Scores s = new Scores();
        s.add(Label.ARTICLE, Label.ARTICLE, 0.99);
        s.add(Label.ARTICLE, Label.TEASER, 0.97);
        s.add(Label.TEASER, Label.TEASER, 0.6);
        s.add(Label.TEASER, Label.ARTICLE, 0.3);
        s.add(Label.PAYWALL, Label.PAYWALL);      // no confidence: counted in the matrix only
        var bands = s.bands();
        assertEquals(5, bands.size());
        assertEquals(1, bands.get(0).lines());
        assertEquals(0.0, bands.get(0).accuracy(), 1e-12);
        assertEquals(1, bands.get(1).lines());
        assertEquals(1.0, bands.get(1).accuracy(), 1e-12);
        assertEquals(0, bands.get(2).lines());
        assertEquals(2, bands.get(4).lines());
        assertEquals(0.5, bands.get(4).accuracy(), 1e-12);
        assertEquals(5, s.total());

        Scores sum = new Scores();
        sum.addAll(s);
        sum.addAll(s);
        assertEquals(4, sum.bands().get(4).lines());
        assertTrue(sum.toMarkdown().contains("| 0.97–1.00 | 4 | 50.0 % |"), sum.toMarkdown());
        assertTrue(new Scores().bands().isEmpty());
    }
}
