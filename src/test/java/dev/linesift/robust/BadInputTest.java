package dev.linesift.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.linesift.LabeledLine;
import dev.linesift.LabeledPage;
import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.Shared;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gives a labeled result or a {@link LineSiftException} naming the file
 * and the cause; never a hang, an {@link OutOfMemoryError} or another exception.
 */
@Timeout(120)
class BadInputTest {
    private static LabeledPage label(Path p) {
        return Shared.detector().label(p);
    }

    private static LineSiftException failure(Path p, Reason reason) {
        LineSiftException e = assertThrows(LineSiftException.class, () -> label(p));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @Test
    void emptyAndWhitespaceOnly(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals(0, label(empty).lines().size());
        Path ws = Files.writeString(dir.resolve("ws.txt"), " \n\t\n   \n");
        LabeledPage page = label(ws);
        assertEquals(0, page.lines().size());
        assertEquals(3, page.lineCount());
    }

    @Test
    void randomBinaryIsRefused(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[100_000];
        new Random(42).nextBytes(bytes);
        failure(Files.write(dir.resolve("random.bin"), bytes), Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void invalidUtf8StillGivesAllLines(@TempDir Path dir) throws IOException {
        byte[] good = "Første linje om blåbær\nAndre linje med ære\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = (byte) 0xC3;
        bytes[good.length + 2] = 'x';
        LabeledPage page = label(Files.write(dir.resolve("bad-utf8.txt"), bytes));
        assertEquals(3, page.lines().size());
        assertEquals("Første linje om blåbær", page.lines().get(0).text());
    }

    @Test
    void encodingsOfNorwegianText(@TempDir Path dir) throws IOException {
        String text = "Blåbærsyltetøy fra Ærøy\nSmøreost og brød på Åndalsnes\n";
        for (Charset cs : List.of(Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16)) {
            LabeledPage page = label(Files.write(dir.resolve("nb-" + cs.name() + ".txt"), text.getBytes(cs)));
            assertEquals(List.of("Blåbærsyltetøy fra Ærøy", "Smøreost og brød på Åndalsnes"),
                    page.lines().stream().map(LabeledLine::text).toList(), cs.name());
        }
    }

    @Test
    void aTenMegabyteLine(@TempDir Path dir) throws IOException {
        String line = "ord ".repeat(2_500_000) + "slutt";
        LabeledPage page = label(Files.writeString(dir.resolve("long.txt"), line));
        assertEquals(1, page.lines().size());
        assertEquals(line, page.lines().get(0).text());
    }

    @Test
    void aMillionShortLines(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder(12_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            b.append(i % 7 == 0 ? "Se alle saker" : i % 3 == 0 ? "12:" + (i % 60) : "Sak nummer " + (i % 5000)).append('\n');
        }
        LabeledPage page = label(Files.writeString(dir.resolve("million.txt"), b));
        assertEquals(1_000_000, page.lines().size());
        assertEquals(1_000_000, page.lines().get(999_999).number());
    }

    @Test
    void deeplyNestedAndMalformedHtml(@TempDir Path dir) throws IOException {
        String deep = "<html><body>" + "<div>".repeat(10_000) + "<p>deep text here</p>" + "</div>".repeat(10_000) + "</body></html>";
        LabeledPage page = label(Files.writeString(dir.resolve("deep.html"), deep));
        assertEquals(List.of("deep text here"), page.lines().stream().map(LabeledLine::text).toList());
        String malformed = "<html><body><p>unclosed <b>bold <table><tr><td>cell</p></div></span>after<p><<>>&&&;"
                + "<script>if (a < b) {</scr ipt><p>tail";
        LabeledPage m = label(Files.writeString(dir.resolve("malformed.html"), malformed));
        assertTrue(m.lines().size() >= 1);
    }

    @Test
    void aZipBombDocxIsRefused(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            OutputStream out = zip;
            out.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] para = ("<w:p><w:r><w:t>" + "a".repeat(4000) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100_000; i++) { // about 400 MB uncompressed
                out.write(para);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(Files.size(docx) < 5_000_000, "the bomb is small on disk: " + Files.size(docx));
        LineSiftException e = assertThrows(LineSiftException.class, () -> label(docx));
        assertTrue(e.reason() == Reason.TOO_LARGE || e.reason() == Reason.MALFORMED, e.getMessage());
    }

    @Test
    void anEncryptedPdfIsRefused(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("secret.pdf");
        dev.linesift.TestDocuments.pdf(pdf, List.of("Secret text"), true);
        failure(pdf, Reason.ENCRYPTED);
    }

    @Test
    void anUnsupportedTypeIsRefused(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("picture.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        failure(png, Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void missingAndUnreadableFiles(@TempDir Path dir) throws IOException {
        failure(dir.resolve("missing.txt"), Reason.NOT_FOUND);
        Path locked = Files.writeString(dir.resolve("locked.txt"), "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(locked), "running as a user who can read any file");
        failure(locked, Reason.UNREADABLE);
    }
}
