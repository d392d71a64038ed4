package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineSiftTest {
    private static final String PAGE = String.join("\n",
            "Harbour council approves new ferry timetable after long dispute",
            "By Mara Quentin | 3 March 2025",
            "",
            "The council voted nine to four on Tuesday to add two late-evening crossings to the island route, "
                    + "ending a dispute that had run since the spring.",
            "",
            "Residents had complained that the last boat left the mainland before most shifts at the hospital ended, "
                    + "forcing nurses to stay overnight in town.",
            "",
            "\"For us it means sleeping in our own beds,\" said Mari Soltvedt, a nurse who has crossed on the ferry "
                    + "for eleven years.",
            "",
            "The new crossings will cost the council about 3 million kroner a year and start on 1 June.",
            "",
            "Subscribe now and get unlimited access for 1 euro the first month.",
            "Already a subscriber? Log in",
            "More stories",
            "Storm closes coastal road for the second time this week",
            "Local choir wins regional contest with a song about fishing boats");

    @Test
    void everyNonBlankLineIsLabeledInOrderWithItsExactText() {
        LabeledPage page = Shared.detector().label(PAGE);
        List<String> expected = PAGE.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(expected, page.lines().stream().map(LabeledLine::text).toList());
        assertEquals(16, page.lineCount());
        assertEquals(List.of(1, 2, 4, 6, 8, 10, 12, 13, 14, 15, 16), page.lines().stream().map(LabeledLine::number).toList());
        for (LabeledLine l : page.lines()) {
            assertTrue(l.confidence() >= 0 && l.confidence() <= 1);
        }
        assertEquals(Language.ENGLISH, page.dominantLanguage());
    }

    @Test
    void bodyParagraphsAreArticleAndTheArticleTextKeepsThemUnchanged() {
        LabeledPage page = Shared.detector().label(PAGE);
        for (int i = 2; i <= 5; i++) {
            assertEquals(Label.ARTICLE, page.lines().get(i).label(), page.lines().get(i).text());
        }
        assertTrue(page.articleText().contains(page.lines().get(2).text() + "\n" + page.lines().get(3).text()));
        assertFalse(page.articleText().contains("Log in"));
    }

    @Test
    void shortLinesGetUnknownLanguage() {
        LabeledPage page = Shared.detector().label("12:30\n" + PAGE);
        assertEquals(Language.UNKNOWN, page.lines().get(0).language());
    }

    @Test
    void emptyAndBlankInputGiveEmptyPages() {
        assertEquals(0, Shared.detector().label("").lines().size());
        LabeledPage blank = Shared.detector().label("  \n\t\n\n");
        assertEquals(0, blank.lines().size());
        assertEquals(3, blank.lineCount());
        assertEquals(Language.UNKNOWN, blank.dominantLanguage());
        assertEquals("", blank.articleText());
    }

    @Test
    void filesAreReadAndNamedByTheirPath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("page.txt");
        Files.writeString(f, PAGE, StandardCharsets.UTF_8);
        LabeledPage page = Shared.detector().label(f);
        assertEquals(f.toString(), page.source());
        assertEquals(11, page.lines().size());
    }

    @Test
    void aMissingFileIsAClearError(@TempDir Path dir) {
        LineSiftException e = assertThrows(LineSiftException.class, () -> Shared.detector().label(dir.resolve("nope.txt")));
        assertEquals(LineSiftException.Reason.NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains("nope.txt"));
    }

    @Test
    void builderValidatesLanguages() {
        assertThrows(IllegalArgumentException.class, () -> LineSift.builder().languages("en"));
        assertThrows(IllegalArgumentException.class, () -> LineSift.builder().languages("en", "xx"));
    }

    @Test
    void aSmallerLanguageSetStillLabels() {
        try (LineSift sift = LineSift.builder().languages("en", "nb").build()) {
            LabeledPage page = sift.label(PAGE);
            assertEquals(11, page.lines().size());
            assertTrue(sift.languages().contains(Language.BOKMAL));
            assertEquals(1, sift.warnings().size(), "another language set than the model's is said once");
            assertTrue(sift.warnings().get(0).contains("[en, nb]"), sift.warnings().get(0));
        }
    }

    @Test
    void byDefaultTheDetectorUsesTheModelsLanguagesAndModeAndWarnsOfNothing() {
        LineSift sift = Shared.detector();
        ModelInfo info = sift.model().info();
        assertEquals(info.languages(), sift.languages());
        assertEquals(info.highAccuracyLanguageDetection(), sift.highAccuracyLanguageDetection());
        assertEquals(List.of(), sift.warnings());
        try (LineSift high = LineSift.builder().model(sift.model()).highAccuracyLanguageDetection(true).build()) {
            assertTrue(high.warnings().get(0).contains("high-accuracy"), high.warnings().toString());
        }
    }

    @Test
    void preSplitLinesAreLabeledAsPlainTextAndStreamingGivesTheSameLines(@TempDir Path tmp) throws Exception {
        List<String> lines = PAGE.lines().toList();
        LabeledPage page = Shared.detector().label(lines, "pre-split");
        assertEquals(Shared.detector().label(PAGE).lines(), page.lines());
        assertEquals("pre-split", page.source());
        Path file = tmp.resolve("page.txt");
        Files.writeString(file, PAGE);
        List<LabeledLine> streamed = new java.util.ArrayList<>();
        Language dominant = Shared.detector().label(file, "f", InputFormat.AUTO, streamed::add);
        assertEquals(page.lines(), streamed);
        assertEquals(page.dominantLanguage(), dominant);
    }

    @Test
    void htmlLinesKnowTheirBlockAndTheBodyLeavesOutHeadlineAndCaption() throws Exception {
        String html;
        try (var in = LineSiftTest.class.getResourceAsStream("/samples/harbour-ferry.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        LabeledPage page = Shared.detector().labelHtml(html, "harbour-ferry.html");
        LabeledLine headline = find(page, "Harbour council approves two late-evening ferry crossings");
        LabeledLine caption = find(page, "The evening ferry leaves the island quay in light rain. Photo: Tor Eikrem");
        assertEquals(Block.TITLE, headline.block());
        assertEquals(Block.CAPTION, caption.block());
        assertEquals(Block.HEADING, find(page, "What the crossings will cost").block());
        assertEquals(Block.LIST_ITEM, find(page, "Island regatta moves to August after record entries").block());
        // The guide counts the headline and captions as article; the body leaves them out.
        assertEquals(Label.ARTICLE, headline.label());
        assertEquals(Label.ARTICLE, caption.label());
        assertTrue(page.articleText().startsWith(headline.text() + "\n"));
        assertTrue(page.bodyText().startsWith("The harbour council voted nine to four on Tuesday"), page.bodyText());
        assertFalse(page.bodyText().contains(caption.text()));
        assertTrue(page.bodyText().endsWith("closed for repairs twice this winter."));
    }

    @Test
    void plainTextLinesHaveNoBlock() {
        LabeledPage page = Shared.detector().label(PAGE);
        assertTrue(page.lines().stream().allMatch(l -> l.block() == Block.NONE));
        assertEquals(page.articleText(), page.bodyText());
    }

    private static LabeledLine find(LabeledPage page, String text) {
        return page.lines().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
    }
}
