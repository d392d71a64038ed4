package dev.linesift.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.Limits;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.lines.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private static final DocumentReader READER = new DocumentReader(Limits.DEFAULT);

    @AfterAll
    static void close() {
        READER.close();
    }

    private static List<String> texts(Page p) {
        return p.lines().stream().map(Line::text).toList();
    }

    @Test
    void plainTextKeepsEveryLineExactly() {
        String text = "Headline \t\n\n  indented line\twith tab  \nlast";
        Page p = READER.read(text.getBytes(StandardCharsets.UTF_8), "t", "page.txt");
        assertEquals(SourceFormat.TEXT, p.format());
        assertEquals(List.of("Headline \t", "", "  indented line\twith tab  ", "last"), texts(p));
    }

    @Test
    void eachLineKnowsItsContainersInnermostFirst() {
        String html = "<html><body><main><article><div class='body'><p>First paragraph of the story.</p>"
                + "<p>Second paragraph of the story.</p></div></article>"
                + "<section class='comments'><div class='comment'><p>A reader's reply.</p></div></section></main></body></html>";
        Page p = READER.read(html.getBytes(StandardCharsets.UTF_8), "h", "page.html");
        assertEquals(List.of("First paragraph of the story.", "Second paragraph of the story.", "A reader's reply."), texts(p));
        List<Integer> first = p.lines().get(0).cues().containers();
        List<Integer> second = p.lines().get(1).cues().containers();
        List<Integer> reply = p.lines().get(2).cues().containers();
        // div.body, article, main, the page's body, the body Tika writes around it, html; the
        // paragraph's own p is not among them.
        assertEquals(6, first.size());
        assertEquals(first, second, "paragraphs of one body share every container");
        assertEquals(first.size(), reply.size());
        assertFalse(reply.contains(first.get(0)) || reply.contains(first.get(1)), "the reply is outside the story body");
        assertEquals(first.subList(2, first.size()), reply.subList(2, reply.size()), "both sit in main and body");
        assertEquals(List.of(), READER.readText("plain", "t").lines().get(0).cues().containers());
    }

    @Test
    void htmlBecomesOneLinePerBlockWithCues() {
        String html = "<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>"
                + "<script>var x = 'not text';</script></head><body>"
                + "<nav class='site-menu'><ul><li><a href='/'>Home</a></li><li><a href='/s'>Sport</a></li></ul></nav>"
                + "<article><h1>The headline</h1><p>First <b>bold</b> paragraph with\n a <a href='#'>link</a>.</p>"
                + "<div>Loose text in a div<p>Nested paragraph</p>tail text</div>"
                + "<p hidden>hidden paragraph</p><p style='display: none'>also hidden</p>"
                + "<noscript>enable javascript</noscript><template><p>template</p></template>"
                + "<figure><img src='x.jpg'><figcaption>A caption</figcaption></figure></article>"
                + "<footer><p>© 2025 Example</p></footer></body></html>";
        Page p = READER.read(html.getBytes(StandardCharsets.UTF_8), "h", "page.html");
        assertEquals(SourceFormat.HTML, p.format());
        assertEquals(List.of("Home", "Sport", "The headline", "First bold paragraph with a link.", "Loose text in a div",
                "Nested paragraph", "tail text", "A caption", "© 2025 Example"), texts(p));
        Line home = p.lines().get(0);
        assertTrue(home.cues().present());
        assertTrue(home.cues().enclosing().contains("nav"));
        assertTrue(home.cues().enclosing().contains("li"));
        assertEquals(1.0, home.cues().linkDensity());
        assertTrue(home.cues().classTokens().contains("menu"));
        Line headline = p.lines().get(2);
        assertEquals(1, headline.cues().headingLevel());
        Line para = p.lines().get(3);
        assertTrue(para.cues().linkDensity() > 0 && para.cues().linkDensity() < 0.3, "" + para.cues().linkDensity());
        assertEquals("p", para.cues().tag());
        assertTrue(p.lines().get(8).cues().enclosing().contains("footer"));
    }

    @Test
    void classIdAndRoleTokensComeFromTheBlockAndItsAncestorsInnermostFirst() {
        String html = "<html><body><div id='Page-Wrap' role='main'><aside class='promo'></aside>"
                + "<section class='story-body x'><p class='lead'>Text of the story</p>"
                + "<p>Second paragraph</p></section></div><p>Outside</p></body></html>";
        Page p = READER.read(html.getBytes(StandardCharsets.UTF_8), "h", "page.html");
        assertEquals(List.of("Text of the story", "Second paragraph", "Outside"), texts(p));
        // One-letter runs are dropped; an element without lines (the aside) gives nothing.
        assertEquals(List.of("lead", "story", "body", "page", "wrap", "main"), p.lines().get(0).cues().classTokens());
        assertEquals(List.of("story", "body", "page", "wrap", "main"), p.lines().get(1).cues().classTokens());
        assertEquals(List.of(), p.lines().get(2).cues().classTokens());
        assertEquals(List.of("section"), List.copyOf(p.lines().get(0).cues().enclosing()));
        assertEquals(0, p.lines().get(0).cues().headingLevel());
    }

    @Test
    void aLineKeepsAtMostSixteenTokensTheInnermostOnes() {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int d = 5; d >= 1; d--) {
            html.append("<div class='a").append(d).append(" b").append(d).append(" c").append(d).append(" d").append(d).append("'>");
        }
        html.append("Deep text").append("</div>".repeat(5)).append("</body></html>");
        Page p = READER.read(html.toString().getBytes(StandardCharsets.UTF_8), "h", "page.html");
        assertEquals(List.of("a1", "b1", "c1", "d1", "a2", "b2", "c2", "d2", "a3", "b3", "c3", "d3", "a4", "b4", "c4", "d4"),
                p.lines().get(0).cues().classTokens());
    }

    @Test
    void documentsEmbeddedAsDataUrisNeverBecomeLines() {
        // "Hidden words" as a text/plain data: URI, and an HTML one: neither is page text.
        String html = "<html><body><p>Visible paragraph</p>"
                + "<img src='data:text/plain;base64,SGlkZGVuIHdvcmRz'>"
                + "<img src='data:text/html;base64,PHA+SGlkZGVuIGh0bWw8L3A+'><p>After</p></body></html>";
        assertEquals(List.of("Visible paragraph", "After"), texts(READER.readHtml(html, "h")));
        assertEquals(List.of("Visible paragraph", "After"),
                texts(READER.read(html.getBytes(StandardCharsets.UTF_8), "h", "page.html")));
    }

    @Test
    void htmlInLatin1WithAMetaCharsetComesOutRight() {
        String html = "<html><head><meta charset='iso-8859-1'></head><body><p>Blåbær på Ærøy og Tromsø</p></body></html>";
        Page p = READER.read(html.getBytes(StandardCharsets.ISO_8859_1), "h", "");
        assertEquals(List.of("Blåbær på Ærøy og Tromsø"), texts(p));
    }

    @Test
    void utf8BytesWinOverADeclaredLegacyCharsetAndRealLegacyBytesStillFollowTheDeclaration() {
        String text = "Blåbærsyltetøy fra Trøndelag, 東京の天気, Ελληνικά";
        for (String declared : List.of("iso-8859-1", "windows-1252", "gb2312", "iso-8859-15")) {
            String html = "<html><head><meta charset='" + declared + "'></head><body><p>" + text + "</p></body></html>";
            Page p = READER.read(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "p.html", "p.html");
            assertEquals(text, p.lines().get(0).text(), declared);
        }
        String latin = "Blåbærsyltetøy fra Trøndelag";
        String html = "<html><head><meta charset='windows-1252'></head><body><p>" + latin + "</p></body></html>";
        Page p = READER.read(html.getBytes(java.nio.charset.Charset.forName("windows-1252")), "p.html", "p.html");
        assertEquals(latin, p.lines().get(0).text());
    }

    @Test
    void pdfTextIsExtracted(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("doc.pdf");
        dev.linesift.TestDocuments.pdf(pdf, List.of("Council approves the ferry timetable", "Second line of the story"), false);
        Page p = READER.read(pdf, pdf.toString());
        assertEquals(SourceFormat.DOCUMENT, p.format());
        List<String> nonBlank = p.contentLines().stream().map(Line::text).map(String::strip).toList();
        assertEquals(List.of("Council approves the ferry timetable", "Second line of the story"), nonBlank);
    }

    @Test
    void missingFileDirectoryAndBinaryAreClearErrors(@TempDir Path dir) throws Exception {
        LineSiftException missing = assertThrows(LineSiftException.class, () -> READER.read(dir.resolve("x.txt"), "x.txt"));
        assertEquals(Reason.NOT_FOUND, missing.reason());
        LineSiftException directory = assertThrows(LineSiftException.class, () -> READER.read(dir, "d"));
        assertEquals(Reason.UNREADABLE, directory.reason());
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        Path bin = dir.resolve("random.bin");
        Files.write(bin, random);
        LineSiftException binary = assertThrows(LineSiftException.class, () -> READER.read(bin, "random.bin"));
        assertEquals(Reason.UNSUPPORTED_FORMAT, binary.reason());
        assertTrue(binary.getMessage().startsWith("random.bin: "), binary.getMessage());
    }

    @Test
    void emptyInputIsAnEmptyPage() {
        assertTrue(READER.read(new byte[0], "e", "").lines().isEmpty());
        assertFalse(READER.read("x".getBytes(StandardCharsets.UTF_8), "e", "").lines().isEmpty());
    }

    @Test
    void inputOverTheByteLimitFails() {
        try (DocumentReader small = new DocumentReader(Limits.DEFAULT.withMaxInputBytes(100))) {
            byte[] big = "a line of text\n".repeat(20).getBytes(StandardCharsets.UTF_8);
            LineSiftException e = assertThrows(LineSiftException.class,
                    () -> small.read(new java.io.ByteArrayInputStream(big), "big"));
            assertEquals(Reason.TOO_LARGE, e.reason());
        }
    }
}
