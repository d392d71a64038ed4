package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesift.internal.lines.MarkupCues;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockTest {
    private static MarkupCues cues(String tag, int heading, String... enclosing) {
        return new MarkupCues(true, tag, heading, 0.0, Set.of(enclosing), List.of(), List.of(1));
    }

    @Test
    void headingsAreTitleOnlyAtLevelOne() {
        assertEquals(Block.TITLE, (cues("h1", 1)).block());
        assertEquals(Block.HEADING, (cues("h2", 2)).block());
        assertEquals(Block.HEADING, (cues("h6", 6)).block());
    }

    @Test
    void captionsAreFigcaptionsAndTextInsideAFigure() {
        assertEquals(Block.CAPTION, (cues("figcaption", 0, "figure")).block());
        assertEquals(Block.CAPTION, (cues("p", 0, "figure", "article")).block());
        // A heading stays a heading wherever it is.
        assertEquals(Block.TITLE, (cues("h1", 1, "figure")).block());
    }

    @Test
    void otherBlocksByTag() {
        assertEquals(Block.PARAGRAPH, (cues("p", 0, "article")).block());
        assertEquals(Block.LIST_ITEM, (cues("li", 0, "ul")).block());
        assertEquals(Block.LIST_ITEM, (cues("dd", 0)).block());
        assertEquals(Block.QUOTE, (cues("blockquote", 0)).block());
        assertEquals(Block.OTHER, (cues("div", 0)).block());
        assertEquals(Block.OTHER, (cues("td", 0)).block());
    }

    @Test
    void linesWithoutMarkupAreNone() {
        assertEquals(Block.NONE, (MarkupCues.NONE).block());
        assertEquals("list_item", Block.LIST_ITEM.code());
    }
}
