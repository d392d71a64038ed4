package dev.linesift.internal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesift.internal.lines.MarkupCues;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContainerSumsTest {
    private static MarkupCues cues(boolean present, Integer... containers) {
        return new MarkupCues(present, "p", 0, 0.0, Set.of(), List.of(), List.of(containers));
    }

    @Test
    void everyLevelCreditsEachContainerAndOneLevelOnlyTheParentOrGrandparent() {
        List<MarkupCues> c = List.of(cues(true, 10, 20), cues(true, 11, 20), cues(true), cues(false, 10, 20));
        double[] weight = {1, 2, 4, 8};
        ContainerSums every = ContainerSums.everyLevel(c, weight);
        assertEquals(1, every.of(10));
        assertEquals(3, every.of(20));
        assertEquals(7, every.total(), "a line with markup but no container still counts in the total");
        ContainerSums parents = ContainerSums.oneLevel(c, weight, false);
        assertEquals(2, parents.of(11));
        assertEquals(0, parents.of(20));
        assertEquals(3, parents.total(), "a line without a parent is left out of the total");
        ContainerSums grand = ContainerSums.oneLevel(c, weight, true);
        assertEquals(3, grand.of(20));
        assertEquals(3, grand.total());
    }
}
