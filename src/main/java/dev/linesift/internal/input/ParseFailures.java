package dev.linesift.internal.input;

import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaTimeoutException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns what reading or parsing a document threw into a {@link LineSiftException} with a
 * {@link Reason} and a one-line message naming the source. The reason is decided by the types of
 * the exception and its causes, never by their messages: parsers word their messages as they
 * please and change them between versions, while the types are their API.
 */
final class ParseFailures {
    /** How many causes deep a failure is searched; Tika wraps a parser's exception a few times at most. */
    private static final int MAX_DEPTH = 32;

    private ParseFailures() {
    }

    /** A failure to read a file or stream, before any parsing. */
    static LineSiftException reading(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new LineSiftException(Reason.NOT_FOUND, source, "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new LineSiftException(Reason.UNREADABLE, source, "permission denied");
        }
        return new LineSiftException(Reason.UNREADABLE, source, "cannot read: " + oneLine(e), e);
    }

    /** The parse did not end within {@code timeout}. */
    static LineSiftException timeout(String source, Duration timeout) {
        return new LineSiftException(Reason.TIMEOUT, source, "extraction took longer than " + timeout.toSeconds() + " s");
    }

    /** The thread waiting for the parse was interrupted: the parse was abandoned as if out of time. */
    static LineSiftException interrupted(String source) {
        return new LineSiftException(Reason.TIMEOUT, source, "interrupted while extracting text");
    }

    /** More characters than {@code maxChars} came out of the document. */
    static LineSiftException tooMuchText(String source, long maxChars) {
        return new LineSiftException(Reason.TOO_LARGE, source, "more than " + maxChars + " characters of text");
    }

    /** More bytes than {@code maxBytes} came in. */
    static LineSiftException tooLarge(String source, long size, long maxBytes) {
        return new LineSiftException(Reason.TOO_LARGE, source,
                "input of " + size + " bytes is larger than the limit of " + maxBytes + " bytes");
    }

    /**
     * What a parser threw (or the error it ended with). The text limit is looked for along the
     * whole cause chain first, as Tika's own {@link WriteLimitReachedException#isWriteLimitReached}
     * does: a parser may wrap it, and it is the limit, not the wrapper, that stopped the parse.
     * Then each cause, outermost first, is matched against the types below; the first match
     * decides. Anything else is a document its parser could not make sense of.
     */
    static LineSiftException parsing(String source, Throwable failure, long maxChars) {
        if (failure instanceof LineSiftException lse) {
            return lse;
        }
        if (WriteLimitReachedException.isWriteLimitReached(failure) || hasCause(failure, HtmlLineHandler.TooMuchTextException.class)) {
            return tooMuchText(source, maxChars);
        }
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            Reason reason = reasonOf(t);
            if (reason != null) {
                return new LineSiftException(reason, source, messageOf(reason, t, failure), failure);
            }
        }
        return new LineSiftException(Reason.MALFORMED, source, "cannot extract text: " + oneLine(failure), failure);
    }

    /** The reason one exception of a cause chain stands for, or null when its type says nothing. */
    static Reason reasonOf(Throwable t) {
        // Tika's type for an encrypted document, and the ones PDFBox and POI throw when Tika does not rewrap them;
        // PDF permissions that forbid extraction only exist on encrypted PDFs.
        if (t instanceof EncryptedDocumentException || t instanceof InvalidPasswordException
                || t instanceof org.apache.poi.EncryptedDocumentException || t instanceof AccessPermissionException) {
            return Reason.ENCRYPTED;
        }
        if (isZipBombGuard(t) || t instanceof OutOfMemoryError) {
            return Reason.TOO_LARGE;
        }
        if (t instanceof UnsupportedFormatException) {
            return Reason.UNSUPPORTED_FORMAT;
        }
        if (t instanceof TikaTimeoutException) {
            return Reason.TIMEOUT;
        }
        if (t instanceof StackOverflowError || t instanceof ZeroByteFileException) {
            return Reason.MALFORMED;
        }
        return null;
    }

    /**
     * Whether {@code t} comes from a guard against documents that expand to far more than their
     * size: Tika's {@link SecureContentHandler} (its exception type is private, so it is known by
     * the class it is nested in), or POI's zip reader, which throws a plain {@link IOException}
     * and so is known by the class that threw it.
     */
    static boolean isZipBombGuard(Throwable t) {
        if (t instanceof SAXException && t.getClass().getEnclosingClass() == SecureContentHandler.class) {
            return true;
        }
        StackTraceElement[] trace = t.getStackTrace();
        return t.getClass() == IOException.class && trace.length > 0
                && trace[0].getClassName().equals(ZipArchiveThresholdInputStream.class.getName());
    }

    private static String messageOf(Reason reason, Throwable t, Throwable failure) {
        return switch (reason) {
            case ENCRYPTED -> "the document is encrypted";
            case TOO_LARGE -> t instanceof OutOfMemoryError
                    ? "the document needs more memory than is available"
                    : "the document expands to too much data (zip bomb protection)";
            case UNSUPPORTED_FORMAT -> "unsupported format: " + oneLine(t);
            case TIMEOUT -> "extraction timed out: " + oneLine(t);
            case MALFORMED -> t instanceof ZeroByteFileException ? "the document is empty" : "the document is nested too deeply";
            default -> "cannot extract text: " + oneLine(failure);
        };
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The message of {@code t} on one line of at most 200 characters (its class name when it has none). */
    static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
