package dev.linesift.internal.input;

import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.InputFormat;
import dev.linesift.Limits;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.MarkupCues;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.lines.SourceFormat;
import dev.linesift.internal.lines.TextLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;

/**
 * Reads a document into a {@link Page}. Plain text keeps every line exactly; HTML becomes one
 * line per block with markup cues; other formats go through Tika's parsers. Every read is
 * bounded by {@link Limits}. Thread-safe; one reader serves many threads.
 */
public final class DocumentReader implements AutoCloseable {
    private static final MediaType OCTET = MediaType.OCTET_STREAM;

    /**
     * Documents embedded in a page (images as data: URIs, iframe srcdoc) are not page text, but
     * Tika parses each one with a full auto-detecting parser unless told not to: on real pages
     * that was a third of the time to read a page, and embedded text documents became lines.
     */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) {
            // Never called: shouldParseEmbedded says no.
        }
    };

    private final Limits limits;
    private final ExecutorService parsing;
    /** Tika's parsers are stateless and thread-safe; building one is not cheap, so it is built once. */
    private final JSoupParser html = new JSoupParser();

    public DocumentReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parsing = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "linesift-parse");
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads a file; {@code source} is the name errors and results carry. */
    public Page read(Path path, String source) {
        return read(path, source, InputFormat.AUTO);
    }

    /** Reads a file in the given format. */
    public Page read(Path path, String source, InputFormat format) {
        if (Files.isDirectory(path)) {
            throw new LineSiftException(Reason.UNREADABLE, source, "is a directory");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // A FIFO or device would block or never end.
            throw new LineSiftException(Reason.UNREADABLE, source, "not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > limits.maxInputBytes()) {
                throw tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = readBounded(in, source);
            }
        } catch (NoSuchFileException e) {
            throw new LineSiftException(Reason.NOT_FOUND, source, "no such file");
        } catch (AccessDeniedException e) {
            throw new LineSiftException(Reason.UNREADABLE, source, "permission denied");
        } catch (IOException e) {
            throw new LineSiftException(Reason.UNREADABLE, source, "cannot read: " + oneLine(e), e);
        }
        return read(bytes, source, path.getFileName() == null ? "" : path.getFileName().toString(), format);
    }

    /** Reads a stream to its end (within the byte limit); the stream is not closed. */
    public Page read(InputStream in, String source) {
        return read(in, source, InputFormat.AUTO);
    }

    /** Reads a stream in the given format. */
    public Page read(InputStream in, String source, InputFormat format) {
        byte[] bytes;
        try {
            bytes = readBounded(in, source);
        } catch (IOException e) {
            throw new LineSiftException(Reason.UNREADABLE, source, "cannot read: " + oneLine(e), e);
        }
        return read(bytes, source, "", format);
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
            return readHtml(bytes, source);
        }
        MediaType type = detect(bytes, fileName);
        String base = type.getBaseType().toString();
        if (isHtml(base)) {
            return readHtml(bytes, source);
        }
        if (base.startsWith("text/") && !base.equals("text/xml") || base.equals(OCTET.toString())) {
            return readText(bytes, source, base.equals(OCTET.toString()));
        }
        return readWithTika(bytes, source, type);
    }

    /** A plain-text page from a string, split into lines exactly. */
    public Page readText(String text, String source) {
        if (text.length() > limits.maxChars()) {
            throw new LineSiftException(Reason.TOO_LARGE, source,
                    "text has " + text.length() + " characters, more than the limit of " + limits.maxChars());
        }
        return Page.ofTextLines(source, TextLines.split(text));
    }

    private Page readText(byte[] bytes, String source, boolean mayBeBinary) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        if (looksBinary(text)) {
            throw new LineSiftException(Reason.UNSUPPORTED_FORMAT, source,
                    mayBeBinary ? "binary data, not a text document" : "the text is full of control characters");
        }
        return readText(text, source);
    }

    private Page readHtml(byte[] bytes, String source) {
        Optional<String> utf8 = TextDecoder.utf8Markup(bytes);
        if (utf8.isPresent()) {
            return readHtml(utf8.get(), source);
        }
        HtmlLineHandler handler = new HtmlLineHandler(limits.maxChars());
        Metadata metadata = new Metadata();
        ParseContext context = htmlContext();
        runBounded(source, () -> {
            html.parse(new ByteArrayInputStream(bytes), handler, metadata, context);
            return null;
        });
        return htmlPage(handler, source);
    }

    /** Reads HTML already decoded into a string: no encoding to detect. */
    public Page readHtml(String markup, String source) {
        if (markup.length() > limits.maxInputBytes()) {
            throw tooLarge(source, markup.length());
        }
        HtmlLineHandler handler = new HtmlLineHandler(limits.maxChars());
        Metadata metadata = new Metadata();
        ParseContext context = htmlContext();
        runBounded(source, () -> {
            html.parseString(markup, handler, metadata, context);
            return null;
        });
        return htmlPage(handler, source);
    }

    /** Every element and attribute reaches the handler; embedded documents are skipped. */
    private static ParseContext htmlContext() {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        return context;
    }

    private static Page htmlPage(HtmlLineHandler handler, String source) {
        List<HtmlLineHandler.BlockLine> blocks = handler.lines();
        List<Line> lines = new ArrayList<>(blocks.size());
        for (HtmlLineHandler.BlockLine b : blocks) {
            lines.add(new Line(lines.size() + 1, b.text(), b.cues()));
        }
        return new Page(source, SourceFormat.HTML, lines);
    }

    private Page readWithTika(byte[] bytes, String source, MediaType type) {
        AutoDetectParser parser = TikaParsers.autoDetect();
        if (!parser.getParsers().containsKey(type) && !parser.getParsers().containsKey(type.getBaseType())) {
            throw new LineSiftException(Reason.UNSUPPORTED_FORMAT, source, "no reader for type " + type.getBaseType());
        }
        int writeLimit = (int) Math.min(Integer.MAX_VALUE - 1, limits.maxChars());
        BodyContentHandler handler = new BodyContentHandler(writeLimit);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        runBounded(source, () -> {
            parser.parse(new ByteArrayInputStream(bytes), handler, metadata, TikaParsers.context());
            return null;
        });
        List<String> texts = TextLines.split(handler.toString());
        List<Line> lines = new ArrayList<>(texts.size());
        for (String t : texts) {
            lines.add(new Line(lines.size() + 1, t, MarkupCues.NONE));
        }
        return new Page(source, SourceFormat.DOCUMENT, lines);
    }

    private interface Parse {
        Void run() throws Exception;
    }

    private void runBounded(String source, Parse parse) {
        Future<Void> future = parsing.submit(parse::run);
        try {
            future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new LineSiftException(Reason.TIMEOUT, source,
                    "extraction took longer than " + limits.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new LineSiftException(Reason.TIMEOUT, source, "interrupted while extracting text");
        } catch (ExecutionException e) {
            throw translate(source, e.getCause());
        }
    }

    private LineSiftException translate(String source, Throwable cause) {
        if (cause instanceof LineSiftException lse) {
            return lse;
        }
        if (cause instanceof HtmlLineHandler.TooMuchTextException || WriteLimitReachedException.isWriteLimitReached(cause)) {
            return new LineSiftException(Reason.TOO_LARGE, source,
                    "more than " + limits.maxChars() + " characters of text");
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getName().endsWith("InvalidPasswordException")) {
                return new LineSiftException(Reason.ENCRYPTED, source, "the document is encrypted");
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("exceeds the maximum")) {
                return new LineSiftException(Reason.TOO_LARGE, source,
                        "the document expands to too much data (zip bomb protection)");
            }
            if (t instanceof OutOfMemoryError) {
                return new LineSiftException(Reason.TOO_LARGE, source, "the document needs more memory than is available");
            }
            if (t instanceof StackOverflowError) {
                return new LineSiftException(Reason.MALFORMED, source, "the document is nested too deeply");
            }
        }
        return new LineSiftException(Reason.MALFORMED, source, "cannot extract text: " + oneLine(cause), cause);
    }

    private MediaType detect(byte[] bytes, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if ((lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".wet")) && !hasBinarySignature(bytes)) {
            // Scraped text that happens to hold markup is still text the user wants kept line by line.
            return MediaType.TEXT_PLAIN;
        }
        Metadata metadata = new Metadata();
        if (!fileName.isEmpty()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try {
            MediaType type = MimeTypes.getDefaultMimeTypes().detect(new ByteArrayInputStream(bytes), metadata);
            if (OCTET.equals(type) && sniffHtml(bytes)) {
                return MediaType.TEXT_HTML;
            }
            return type;
        } catch (IOException e) {
            return OCTET;
        }
    }

    /** PDF and zip-based (DOCX, ...) documents are never read as text, whatever their name. */
    private static boolean hasBinarySignature(byte[] b) {
        return b.length >= 4 && (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F'
                || b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4
                || (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0);
    }

    /** Detection by magic misses HTML fragments that start with a tag other than html/head/body. */
    private static boolean sniffHtml(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<div") || head.contains("<p>") || head.contains("<article") || head.contains("<section");
    }

    private static boolean isHtml(String base) {
        return base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("application/vnd.wap.xhtml+xml");
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 1 << 16);
        if (n == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F || c == '\uFFFD') {
                control++;
            }
        }
        return control > Math.max(2, n / 50);
    }

    private byte[] readBounded(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxInputBytes() + 1));
        if (bytes.length > limits.maxInputBytes()) {
            throw tooLarge(source, bytes.length);
        }
        return bytes;
    }

    private LineSiftException tooLarge(String source, long size) {
        return new LineSiftException(Reason.TOO_LARGE, source,
                "input of " + size + " bytes is larger than the limit of " + limits.maxInputBytes() + " bytes");
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
