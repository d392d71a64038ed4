package dev.linesift.internal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesift.internal.lines.MarkupCues;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContainerMassTest {
    private static MarkupCues cues(double linkDensity, Integer... containers) {
        return new MarkupCues(true, "p", 0, linkDensity, Set.of(), List.of(), List.of(containers));
    }

    @Test
    void theStoryContainerIsTheDensestAndCardsBetweenItsLinesAreToldApart() {
        String para = "The ferry council met on Tuesday and voted to keep the late crossings for another year.";
        String card = "Storm closes the coastal road";
        List<String> texts = List.of("Home", para, para, card, para, "Contact");
        // 10 is the story body inside article 2; 30 a card between its paragraphs; 40 menus.
        List<MarkupCues> c = List.of(cues(1.0, 40, 1), cues(0, 10, 2, 1), cues(0, 10, 2, 1), cues(1.0, 30, 2, 1),
                cues(0, 10, 2, 1), cues(1.0, 41, 1));
        LineProfile[] profiles = texts.stream().map(t -> LineProfile.of(t, 1000)).toArray(LineProfile[]::new);
        ContainerMass m = ContainerMass.of(c, profiles);
        assertEquals(11, m.densest()[1], "a story paragraph sits right in the densest container");
        assertEquals(20, m.densest()[0], "the menu comes just before it");
        assertEquals(40, m.densest()[3], "the card sits between the story's lines but outside its container");
        assertEquals(30, m.densest()[5], "the footer comes just after it");
        // The story's container holds all the plain text (share bin 5) and no links (bin 0).
        assertEquals(50, m.ancestor()[1][0]);
        // The card's own container holds no plain text and only links.
        assertEquals(5, m.ancestor()[3][0]);
        assertEquals(ContainerMass.ABSENT, m.ancestor()[0][2], "the menu has only two levels");
    }
}
