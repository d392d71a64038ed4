package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FavorTest {
    @Test
    void balancedTakesTheMostProbableLabel() {
        assertEquals(Label.ARTICLE, Favor.BALANCED.decide(new double[] {0.4, 0.2, 0.3, 0.1}));
        assertEquals(Label.TEASER, Favor.BALANCED.decide(new double[] {0.3, 0.1, 0.5, 0.1}));
    }

    @Test
    void precisionNeedsASureArticleAndOtherwiseTakesTheBestOtherLabel() {
        assertEquals(Label.TEASER, Favor.PRECISION.decide(new double[] {0.7, 0.05, 0.2, 0.05}));
        assertEquals(Label.ARTICLE, Favor.PRECISION.decide(new double[] {0.8, 0.05, 0.1, 0.05}));
    }

    @Test
    void recallKeepsAPlausibleArticle() {
        assertEquals(Label.ARTICLE, Favor.RECALL.decide(new double[] {0.25, 0.05, 0.6, 0.1}));
        assertEquals(Label.METADATA, Favor.RECALL.decide(new double[] {0.15, 0.05, 0.3, 0.5}));
    }

    @Test
    void codesParseCaseInsensitivelyAndABadOneSaysWhatIsExpected() {
        assertEquals(Favor.RECALL, Favor.fromCode(" Recall "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Favor.fromCode("most"));
        assertEquals("unknown setting 'most' (expected precision, balanced or recall)", e.getMessage());
    }
}
