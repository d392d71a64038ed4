package dev.linesift.internal.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {
    @Test
    void splitsOnEveryKindOfLineEnd() {
        assertEquals(List.of("a", "b", "c", "d"), TextLines.split("a\nb\r\nc\rd"));
    }

    @Test
    void aFinalLineEndOpensNoEmptyLine() {
        assertEquals(List.of("a", "b"), TextLines.split("a\nb\n"));
        assertEquals(List.of("a", "b"), TextLines.split("a\nb"));
        assertEquals(List.of(), TextLines.split(""));
        assertEquals(List.of(""), TextLines.split("\n"));
    }

    @Test
    void keepsTabsAndSpacesExactly() {
        assertEquals(List.of("  x\t y  ", "\t", "", "z "), TextLines.split("  x\t y  \n\t\n\nz "));
    }

    @Test
    void pagesNumberTheirLinesFromOne() {
        Page p = Page.ofTextLines("s", List.of("a", "", "b"));
        assertEquals(3, p.lines().size());
        assertEquals(2, p.contentLines().size());
        assertEquals(3, p.contentLines().get(1).number());
    }
}
