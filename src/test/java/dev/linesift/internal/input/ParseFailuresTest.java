package dev.linesift.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.TestDocuments;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaTimeoutException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.sax.SecureContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The reason of a failure follows the types in its cause chain; messages never decide it. */
class ParseFailuresTest {
    private static LineSiftException parsing(Throwable t) {
        return ParseFailures.parsing("doc.x", t, 1000);
    }

    private static void assertFailure(Reason reason, String message, LineSiftException e) {
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals("doc.x: " + message, e.getMessage());
    }

    /** Tika wraps a parser's exception in a TikaException that names the parser. */
    private static TikaException wrapped(Throwable cause) {
        return new TikaException("TIKA-198: Illegal IOException from org.apache.tika.parser.pdf.PDFParser@1234", cause);
    }

    @Test
    void encryptionIsFoundByTypeAtAnyDepth(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("secret.pdf");
        TestDocuments.pdf(pdf, List.of("Secret"), true);
        InvalidPasswordException noPassword = assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(pdf.toFile()));
        String encrypted = "the document is encrypted";
        assertFailure(Reason.ENCRYPTED, encrypted, parsing(new EncryptedDocumentException("Unable to process")));
        assertFailure(Reason.ENCRYPTED, encrypted, parsing(wrapped(noPassword)));
        assertFailure(Reason.ENCRYPTED, encrypted, parsing(wrapped(new org.apache.poi.EncryptedDocumentException("x"))));
        assertFailure(Reason.ENCRYPTED, encrypted, parsing(wrapped(new EncryptedDocumentException(noPassword))));
    }

    @Test
    void theTextLimitWinsWhereverItIsInTheChain() {
        String tooMuch = "more than 1000 characters of text";
        assertFailure(Reason.TOO_LARGE, tooMuch, parsing(new WriteLimitReachedException(1000)));
        assertFailure(Reason.TOO_LARGE, tooMuch, parsing(new TikaException("wrapped", new WriteLimitReachedException(1000))));
        assertFailure(Reason.TOO_LARGE, tooMuch, parsing(new HtmlLineHandler.TooMuchTextException()));
        assertFailure(Reason.TOO_LARGE, tooMuch,
                parsing(new RuntimeException(new EncryptedDocumentException(new WriteLimitReachedException(1000)))));
    }

    @Test
    void tikasZipBombGuardIsFoundByTheClassItsExceptionIsNestedIn() throws Exception {
        SecureContentHandler guard = new SecureContentHandler(new DefaultHandler(), TikaInputStream.get(new byte[10]));
        guard.setOutputThreshold(0);
        guard.setMaximumCompressionRatio(1);
        SAXException fromGuard = assertThrows(SAXException.class, () -> guard.characters(new char[100], 0, 100));
        TikaException detected = assertThrows(TikaException.class, () -> guard.throwIfCauseOf(fromGuard));
        String bomb = "the document expands to too much data (zip bomb protection)";
        assertFailure(Reason.TOO_LARGE, bomb, parsing(fromGuard));
        assertFailure(Reason.TOO_LARGE, bomb, parsing(detected));
        assertFailure(Reason.TOO_LARGE, bomb, parsing(new TikaException("TIKA-237: Illegal SAXException", new SAXException(fromGuard))));
    }

    @Test
    void poisZipBombGuardIsFoundByTheClassThatThrewIt() {
        IOException fromPoi = new IOException("any wording");
        fromPoi.setStackTrace(new StackTraceElement[] {
                new StackTraceElement(ZipArchiveThresholdInputStream.class.getName(), "checkThreshold", null, -1)});
        assertFailure(Reason.TOO_LARGE, "the document expands to too much data (zip bomb protection)", parsing(wrapped(fromPoi)));
    }

    @Test
    void aMessageThatSaysZipBombOrEncryptedDecidesNothing() {
        LineSiftException e = parsing(wrapped(new IOException("Zip bomb detected! The document is encrypted; it exceeds the maximum")));
        assertEquals(Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().startsWith("doc.x: cannot extract text: TIKA-198: "), e.getMessage());
    }

    @Test
    void otherTypedCauses() {
        assertFailure(Reason.UNSUPPORTED_FORMAT, "unsupported format: no driver", parsing(wrapped(new UnsupportedFormatException("no driver"))));
        assertFailure(Reason.MALFORMED, "the document is empty", parsing(new ZeroByteFileException("InputStream must have > 0 bytes")));
        assertFailure(Reason.TIMEOUT, "extraction timed out: slow", parsing(wrapped(new TikaTimeoutException("slow"))));
        assertFailure(Reason.MALFORMED, "the document is nested too deeply", parsing(new StackOverflowError()));
        assertFailure(Reason.TOO_LARGE, "the document needs more memory than is available",
                parsing(new TikaException("x", new OutOfMemoryError("Java heap space"))));
    }

    @Test
    void anythingElseIsMalformedWithTheOuterMessageOnOneShortLine() {
        TikaException e = wrapped(new IOException("Page tree root must be a dictionary"));
        LineSiftException failure = parsing(e);
        assertFailure(Reason.MALFORMED, "cannot extract text: " + e.getMessage(), failure);
        assertSame(e, failure.getCause());
        LineSiftException multiLine = parsing(new IllegalStateException("first\n  second\t" + "x".repeat(300)));
        assertEquals(Reason.MALFORMED, multiLine.reason());
        assertTrue(!multiLine.getMessage().contains("\n") && multiLine.getMessage().endsWith("..."), multiLine.getMessage());
        assertFailure(Reason.MALFORMED, "cannot extract text: NullPointerException", parsing(new NullPointerException()));
    }

    @Test
    void aLineSiftExceptionPassesThrough() {
        LineSiftException own = new LineSiftException(Reason.TOO_LARGE, "doc.x", "own");
        assertSame(own, parsing(own));
    }

    @Test
    void readingFailuresByType(@TempDir Path dir) {
        NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> Files.size(dir.resolve("missing.txt")));
        assertEquals(Reason.NOT_FOUND, ParseFailures.reading("f", missing).reason());
        assertEquals("f: no such file", ParseFailures.reading("f", missing).getMessage());
        LineSiftException denied = ParseFailures.reading("f", new AccessDeniedException(dir.toString()));
        assertEquals(Reason.UNREADABLE, denied.reason());
        assertEquals("f: permission denied", denied.getMessage());
        LineSiftException other = ParseFailures.reading("f", new FileSystemException(dir + "/x/y: Not a directory"));
        assertEquals(Reason.UNREADABLE, other.reason());
        assertTrue(other.getMessage().startsWith("f: cannot read: "), other.getMessage());
    }

    @Test
    void limitsAndTimeouts() {
        assertFailure(Reason.TIMEOUT, "extraction took longer than 30 s", ParseFailures.timeout("doc.x", Duration.ofSeconds(30)));
        assertEquals(Reason.TIMEOUT, ParseFailures.interrupted("doc.x").reason());
        assertFailure(Reason.TOO_LARGE, "input of 200 bytes is larger than the limit of 100 bytes",
                ParseFailures.tooLarge("doc.x", 200, 100));
    }
}
