package dev.linesift.internal.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkupCuesTest {
    @Test
    void withoutAContainerListTheParentAndGrandparentAreTheContainers() {
        assertEquals(List.of(7, 3), new MarkupCues(true, "p", 0, 0.0, Set.of(), List.of(), 7, 3).containers());
        assertEquals(List.of(7), new MarkupCues(true, "p", 0, 0.0, Set.of(), List.of(), 7, 0).containers());
        assertEquals(List.of(), new MarkupCues(true, "p", 0, 0.0, Set.of(), List.of(), 0, 0).containers());
        assertEquals(List.of(), MarkupCues.NONE.containers());
    }

    @Test
    void parentAndGrandparentAreTheFirstTwoContainers() {
        MarkupCues deep = new MarkupCues(true, "p", 0, 0.0, Set.of(), List.of(), List.of(9, 5, 2, 1));
        assertEquals(9, deep.parent());
        assertEquals(5, deep.grandparent());
        MarkupCues shallow = new MarkupCues(true, "p", 0, 0.0, Set.of(), List.of(), List.of(1));
        assertEquals(1, shallow.parent());
        assertEquals(0, shallow.grandparent());
        assertEquals(0, MarkupCues.NONE.parent());
        assertEquals(0, MarkupCues.NONE.grandparent());
    }

    @Test
    void listsAreCopiedAndValuesChecked() {
        List<Integer> containers = new ArrayList<>(List.of(4, 2, 1));
        MarkupCues c = new MarkupCues(true, "li", 0, 1.0, Set.of("ul"), List.of("menu"), containers);
        containers.clear();
        assertEquals(List.of(4, 2, 1), c.containers());
        assertThrows(IllegalArgumentException.class, () -> new MarkupCues(true, "h7", 7, 0.0, Set.of(), List.of(), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MarkupCues(true, "p", 0, 1.5, Set.of(), List.of(), 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MarkupCues(true, "p", 0, 0.0, Set.of(), List.of(), List.of(3, 0)));
    }
}
