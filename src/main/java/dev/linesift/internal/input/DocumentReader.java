package dev.linesift.internal.input;

import dev.linesift.InputFormat;
import dev.linesift.Limits;
import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.lines.SourceFormat;
import dev.linesift.internal.lines.TextLines;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a document into a {@link Page}. Plain text keeps every line exactly; HTML becomes one
 * line per block with markup cues ({@link HtmlReader}); other formats go through Tika's parsers
 * ({@link TikaReader}). {@link FormatDetector} decides which, unless the caller does; every read
 * is bounded by {@link Limits} ({@link BoundedParser}). Thread-safe; one reader serves many threads.
 */
public final class DocumentReader implements AutoCloseable {
    private final Limits limits;
    private final BoundedParser bounded;
    private final HtmlReader html;
    private final TikaReader tika;

    public DocumentReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.bounded = new BoundedParser(limits);
        this.html = new HtmlReader(bounded);
        this.tika = new TikaReader(bounded);
    }

    /** The bounds every read keeps to. */
    public Limits limits() {
        return limits;
    }

    /** Reads a file; {@code source} is the name errors and results carry. */
    public Page read(Path path, String source) {
        return read(path, source, InputFormat.AUTO);
    }

    /** Reads a file in the given format. */
    public Page read(Path path, String source, InputFormat format) {
        byte[] bytes = bounded.readFile(path, source);
        return read(bytes, source, path.getFileName() == null ? "" : path.getFileName().toString(), format);
    }

    /** Reads a stream to its end (within the byte limit); the stream is not closed. */
    public Page read(InputStream in, String source) {
        return read(in, source, InputFormat.AUTO);
    }

    /** Reads a stream in the given format. */
    public Page read(InputStream in, String source, InputFormat format) {
        return read(bounded.readStream(in, source), source, "", format);
    }

    /** Reads a document held in memory; {@code fileName} (may be empty) helps type detection. */
    public Page read(byte[] bytes, String source, String fileName) {
        return read(bytes, source, fileName, InputFormat.AUTO);
    }

    /** Reads a document held in memory in the given format. */
    public Page read(byte[] bytes, String source, String fileName, InputFormat format) {
        if (bytes.length == 0) {
            return new Page(source, format == InputFormat.HTML ? SourceFormat.HTML : SourceFormat.TEXT, List.of());
        }
        if (format == InputFormat.TEXT) {
            return readText(bytes, source, false);
        }
        if (format == InputFormat.HTML) {
            return html.read(bytes, source);
        }
        if (ArchiveReader.looksLikeArchive(bytes)) {
            throw new LineSiftException(Reason.UNSUPPORTED_FORMAT, source, "a WARC crawl archive, which holds many "
                    + "documents: label it with LineSift.labelArchive (the command line's label and clean read it)");
        }
        FormatDetector.Detected detected = FormatDetector.detect(bytes, fileName);
        return switch (detected.route()) {
            case HTML -> html.read(bytes, source);
            case TEXT -> readText(bytes, source, false);
            case UNKNOWN -> readText(bytes, source, true);
            case DOCUMENT -> tika.read(bytes, source, detected.type());
        };
    }

    /** A plain-text page from a string, split into lines exactly. */
    public Page readText(String text, String source) {
        if (text.length() > limits.maxChars()) {
            throw new LineSiftException(Reason.TOO_LARGE, source,
                    "text has " + text.length() + " characters, more than the limit of " + limits.maxChars());
        }
        return Page.ofTextLines(source, TextLines.split(text));
    }

    /** {@code mayBeBinary}: the type was unknown, so binary data is the likelier reason for bad text. */
    private Page readText(byte[] bytes, String source, boolean mayBeBinary) {
        return readDecodedText(TextDecoder.decode(bytes).text(), source, mayBeBinary);
    }

    /** A plain-text page from text decoded from a document's bytes, refused if it is really binary data. */
    Page readDecodedText(String text, String source) {
        return readDecodedText(text, source, false);
    }

    private Page readDecodedText(String text, String source, boolean mayBeBinary) {
        if (FormatDetector.looksBinary(text)) {
            throw new LineSiftException(Reason.UNSUPPORTED_FORMAT, source,
                    mayBeBinary ? "binary data, not a text document" : "the text is full of control characters");
        }
        return readText(text, source);
    }

    /** Reads HTML already decoded into a string: no encoding to detect. */
    public Page readHtml(String markup, String source) {
        return html.read(markup, source);
    }

    @Override
    public void close() {
        bounded.close();
    }
}
