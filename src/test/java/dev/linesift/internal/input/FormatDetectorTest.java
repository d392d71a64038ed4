package dev.linesift.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.TestDocuments;
import dev.linesift.internal.input.FormatDetector.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {
    private static final String PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>";

    private static FormatDetector.Detected detect(String text, String fileName) {
        return FormatDetector.detect(text.getBytes(StandardCharsets.UTF_8), fileName);
    }

    private static FormatDetector.Detected detect(Path file) throws Exception {
        return FormatDetector.detect(Files.readAllBytes(file), file.getFileName().toString());
    }

    @Test
    void htmlByContentOrName() {
        assertEquals(Route.HTML, detect(PAGE, "page.html").route());
        assertEquals(Route.HTML, detect(PAGE, "").route());
        assertEquals(Route.HTML, detect("<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body><p>x</p></body></html>",
                "page.xhtml").route());
    }

    @Test
    void aFragmentStartingWithABlockIsHtml() {
        FormatDetector.Detected d = detect("<div class='x'><p>Fragment</p></div>", "");
        assertEquals(Route.HTML, d.route());
        assertEquals("text/html", d.type().getBaseType().toString());
        assertTrue(FormatDetector.sniffHtml("<section>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FormatDetector.sniffHtml("just words".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTextFileNameKeepsMarkupAsText() {
        FormatDetector.Detected d = detect(PAGE, "scraped.txt");
        assertEquals(Route.TEXT, d.route());
        assertEquals("text/plain", d.type().toString());
        assertEquals(Route.TEXT, detect("WARC/1.0\nline", "dump.WET").route());
    }

    @Test
    void xmlGoesToTikaNotToText() {
        assertEquals(Route.DOCUMENT, detect("<?xml version='1.0'?><root><item>x</item></root>", "data.xml").route());
    }

    @Test
    void bytesOfUnknownTypeMayStillBeText() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertEquals(Route.UNKNOWN, FormatDetector.detect(random, "").route());
        assertEquals(Route.UNKNOWN, FormatDetector.detect(random, "random.bin").route());
    }

    @Test
    void documentsAreKnownByTheirBytesWhateverTheirName(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("doc.pdf");
        TestDocuments.pdf(pdf, List.of("A line"), false);
        assertEquals("application/pdf", detect(pdf).type().toString());
        assertEquals(Route.DOCUMENT, detect(pdf).route());
        Path named = Files.copy(pdf, dir.resolve("not-really.txt"));
        assertEquals(Route.DOCUMENT, detect(named).route(), "a PDF named .txt");
        Path zip = dir.resolve("archive.txt");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write("zipped".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(FormatDetector.hasBinarySignature(Files.readAllBytes(zip)));
        assertEquals(Route.DOCUMENT, detect(zip).route(), "a zip named .txt");
        assertFalse(FormatDetector.hasBinarySignature("%PD".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void binaryTextIsNulOrManyControlCharacters() {
        assertFalse(FormatDetector.looksBinary(""));
        assertFalse(FormatDetector.looksBinary("Plain text\twith tabs\r\nand\fform feeds"));
        assertTrue(FormatDetector.looksBinary("text\u0000more"));
        assertFalse(FormatDetector.looksBinary("two \u0001 controls \u0002 are tolerated"), "at least three are needed");
        assertTrue(FormatDetector.looksBinary("\u0001\u0002\u0003 short"));
        String long200 = "x".repeat(200);
        assertFalse(FormatDetector.looksBinary(long200 + "\u0001\u0002\u0003\u0004"), "2% of 204 is 4: not more");
        assertTrue(FormatDetector.looksBinary(long200 + "\u0001\u0002\u0003\u0004\uFFFD"));
    }
}
