package dev.linesift.internal.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.train.FeatureGroup;
import dev.linesift.train.TrainingOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingParametersTest {
    @Test
    void theDefaultLeavesClassTokensOutAndWithAndWithoutChangeTheGroups() {
        TrainingParameters p = new TrainingParameters();
        assertFalse(p.options().features().has(FeatureGroup.CLASS_TOKENS));
        assertTrue(p.options().features().has(FeatureGroup.MARKUP));
        p.with = List.of(FeatureGroup.CLASS_TOKENS);
        p.without = List.of(FeatureGroup.COHESION);
        TrainingOptions o = p.options();
        assertTrue(o.features().has(FeatureGroup.CLASS_TOKENS));
        assertFalse(o.features().has(FeatureGroup.COHESION));
        assertTrue(o.features().has(FeatureGroup.LEXICAL));
    }
}
