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
        assertEquals(Block.TITLE, Block.of(cues("h1", 1)));
        assertEquals(Block.HEADING, Block.of(cues("h2", 2)));
        assertEquals(Block.HEADING, Block.of(cues("h6", 6)));
    }

    @Test
    void captionsAreFigcaptionsAndTextInsideAFigure() {
        assertEquals(Block.CAPTION, Block.of(cues("figcaption", 0, "figure")));
        assertEquals(Block.CAPTION, Block.of(cues("p", 0, "figure", "article")));
        // A heading stays a heading wherever it is.
        assertEquals(Block.TITLE, Block.of(cues("h1", 1, "figure")));
    }

    @Test
    void otherBlocksByTag() {
        assertEquals(Block.PARAGRAPH, Block.of(cues("p", 0, "article")));
        assertEquals(Block.LIST_ITEM, Block.of(cues("li", 0, "ul")));
        assertEquals(Block.LIST_ITEM, Block.of(cues("dd", 0)));
        assertEquals(Block.QUOTE, Block.of(cues("blockquote", 0)));
        assertEquals(Block.OTHER, Block.of(cues("div", 0)));
        assertEquals(Block.OTHER, Block.of(cues("td", 0)));
    }

    @Test
    void linesWithoutMarkupAreNone() {
        assertEquals(Block.NONE, Block.of(MarkupCues.NONE));
        assertEquals("list_item", Block.LIST_ITEM.code());
    }
}
