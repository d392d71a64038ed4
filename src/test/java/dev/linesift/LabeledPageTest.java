package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabeledPageTest {
    private static LabeledLine line(int n, String text, Label label, Block block) {
        return new LabeledLine(n, text, label, 0.9, Language.ENGLISH, block);
    }

    private static final LabeledPage HTML = new LabeledPage("p.html", List.of(
            line(1, "Ferry timetable approved", Label.ARTICLE, Block.TITLE),
            line(2, "By Mara Quentin", Label.METADATA, Block.PARAGRAPH),
            line(3, "The council voted on Tuesday.", Label.ARTICLE, Block.PARAGRAPH),
            line(4, "The night ferry at the quay.", Label.ARTICLE, Block.CAPTION),
            line(5, "What changes", Label.ARTICLE, Block.HEADING),
            line(6, "Two late crossings are added.", Label.ARTICLE, Block.LIST_ITEM),
            line(7, "Storm closes coastal road", Label.TEASER, Block.TITLE)), 7, Language.ENGLISH);

    @Test
    void bodyTextLeavesOutTheHeadlineAndCaptionsOnly() {
        assertEquals("Ferry timetable approved\nThe council voted on Tuesday.\nThe night ferry at the quay.\n"
                + "What changes\nTwo late crossings are added.", HTML.articleText());
        assertEquals("The council voted on Tuesday.\nWhat changes\nTwo late crossings are added.", HTML.bodyText());
    }

    @Test
    void theHeadlineIsTheFirstArticleTitle() {
        assertEquals(java.util.Optional.of("Ferry timetable approved"), HTML.headline());
        LabeledPage teaserTitleOnly = new LabeledPage("p.html", List.of(HTML.lines().get(2), HTML.lines().get(6)), 7,
                Language.ENGLISH);
        assertTrue(teaserTitleOnly.headline().isEmpty());
    }

    @Test
    void isBodyNeedsTheArticleLabel() {
        assertTrue(HTML.lines().get(2).isBody());
        assertFalse(HTML.lines().get(0).isBody());
        assertFalse(HTML.lines().get(1).isBody());
        assertFalse(HTML.lines().get(6).isBody());
        assertTrue(HTML.lines().get(0).isHeadline());
        assertFalse(HTML.lines().get(6).isHeadline(), "a teaser's h1 is no headline of the story");
        assertFalse(HTML.lines().get(2).isHeadline());
    }

    @Test
    void withoutMarkupTheBodyIsTheWholeArticle() {
        LabeledPage text = new LabeledPage("p.txt", List.of(
                new LabeledLine(1, "Ferry timetable approved", Label.ARTICLE, 0.9, Language.ENGLISH),
                new LabeledLine(2, "The council voted on Tuesday.", Label.ARTICLE, 0.9, Language.ENGLISH),
                new LabeledLine(3, "Log in", Label.PAYWALL, 0.9, Language.UNKNOWN)), 3, Language.ENGLISH);
        assertEquals(Block.NONE, text.lines().get(0).block());
        assertEquals(text.articleText(), text.bodyText());
        assertTrue(text.headline().isEmpty());
        assertEquals("", new LabeledPage("e", List.of(), 0, Language.UNKNOWN).bodyText());
    }

    @Test
    void aLineNeedsABlock() {
        assertThrows(NullPointerException.class, () -> new LabeledLine(1, "x", Label.ARTICLE, 0.5, Language.ENGLISH, null));
    }
}
