package dev.linesift.internal.input;

import dev.linesift.ArchiveSummary.Skip;
import dev.linesift.CrawlRecord;
import dev.linesift.InputFormat;
import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.internal.lines.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * What one WARC record holds, read with jwarc: its headers as a {@link CrawlRecord}, and either a
 * document, with how to read it, or the reason it holds none. A {@code response} holds a document
 * when its HTTP status is 200 and its Content-Type is a page type (HTML, plain text, PDF, Word) or
 * none at all (then the bytes decide); a {@code resource} when its own Content-Type is; a
 * {@code conversion} (a WET record) holds text, UTF-8 unless its Content-Type says otherwise.
 * The charset of a Content-Type is honoured, except that bytes which are valid multi-byte UTF-8
 * are read as UTF-8 whatever is declared, as for files. Stateless.
 */
final class WarcContent {
    /** How a document's bytes are read. */
    enum Route {
        /** As HTML. */
        HTML,
        /** As plain text, line by line. */
        TEXT,
        /** As a PDF or Word document, through Tika. */
        DOCUMENT,
        /** As a file of unknown type: detected from its bytes, and no document if none is found. */
        SNIFF
    }

    /** Opens the bytes of a document. */
    @FunctionalInterface
    interface Body {
        InputStream open() throws IOException;
    }

    /** What a record holds. */
    sealed interface Content permits NoDocument, Document {
        CrawlRecord record();
    }

    /** A record without a document, and why. */
    record NoDocument(CrawlRecord record, Skip kind) implements Content {
    }

    /** A record with a document: how to read it, the charset declared for it, and its bytes. */
    record Document(CrawlRecord record, Route route, Optional<Charset> charset, Body body) implements Content {
    }

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml");
    private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    /** Labels that browsers read as windows-1252 (WHATWG Encoding), whose printable range it extends. */
    private static final Set<String> LATIN1_LABELS = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
            "us-ascii", "ascii", "cp819", "ibm819");

    private WarcContent() {
    }

    /**
     * Reads a record's headers and tells what it holds; the block is read later, if at all.
     *
     * @throws IOException if the WARC or HTTP headers cannot be parsed
     */
    static Content read(byte[] header, byte[] block) throws IOException {
        InputStream bytes = new SequenceInputStream(new ByteArrayInputStream(header), new ByteArrayInputStream(block));
        org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(bytes);
        reader.setLenient(true);
        WarcRecord record = reader.next().orElseThrow(() -> new IOException("no record"));
        CrawlRecord crawl = crawlRecord(record.headers());
        return switch (record.type().toLowerCase(Locale.ROOT)) {
            case "warcinfo" -> new NoDocument(crawl, Skip.WARCINFO);
            case "request" -> new NoDocument(crawl, Skip.REQUEST);
            case "metadata" -> new NoDocument(crawl, Skip.METADATA);
            case "revisit" -> new NoDocument(crawl, Skip.REVISIT);
            case "response" -> response(crawl, record);
            case "resource" -> document(crawl, record.contentType(), Optional.empty(), () -> record.body().stream());
            case "conversion" -> document(crawl, record.headers().first("Content-Type").isPresent()
                    ? record.contentType() : MediaType.PLAIN_TEXT, Optional.of(StandardCharsets.UTF_8), () -> record.body().stream());
            default -> new NoDocument(crawl, Skip.OTHER);
        };
    }

    private static Content response(CrawlRecord crawl, WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response) || !base(record.contentType()).equals("application/http")) {
            // A DNS answer, a Gemini response, ...: nothing linesift reads.
            return new NoDocument(crawl, Skip.NOT_A_DOCUMENT);
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return new NoDocument(crawl, Skip.NOT_200);
        }
        return document(crawl, http.contentType(), Optional.empty(), () -> http.bodyDecoded().stream());
    }

    private static Content document(CrawlRecord crawl, MediaType type, Optional<Charset> otherwise, Body body) {
        String base = base(type);
        Route route;
        if (HTML_TYPES.contains(base)) {
            route = Route.HTML;
        } else if (base.equals("text/plain")) {
            route = Route.TEXT;
        } else if (DOCUMENT_TYPES.contains(base)) {
            route = Route.DOCUMENT;
        } else if (base.equals("application/octet-stream") || type.type().isBlank() || type.subtype().isBlank()) {
            // No type, or none that can be made out: the bytes decide.
            route = Route.SNIFF;
        } else {
            return new NoDocument(crawl, Skip.NOT_A_DOCUMENT);
        }
        return new Document(crawl, route, charset(type).or(() -> otherwise), body);
    }

    private static String base(MediaType type) {
        return (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    }

    /** The charset a Content-Type declares, if Java knows it; ISO-8859-1 and ASCII as windows-1252, as browsers read them. */
    static Optional<Charset> charset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) {
            return Optional.empty();
        }
        name = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (LATIN1_LABELS.contains(name)) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a document into a page, within {@code maxBytes} of content (after any HTTP
     * Content-Encoding is undone).
     *
     * @throws LineSiftException if the content cannot be read or the document fails as a file would
     */
    static Page page(DocumentReader documents, Document doc, String source, long maxBytes) {
        byte[] bytes;
        try (InputStream in = doc.body().open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        } catch (IOException e) {
            throw new LineSiftException(Reason.MALFORMED, source, "the content cannot be read: " + ParseFailures.oneLine(e), e);
        }
        if (bytes.length > maxBytes) {
            throw new LineSiftException(Reason.TOO_LARGE, source,
                    "its content, decoded, is larger than the limit of " + maxBytes + " bytes");
        }
        String fileName = fileName(doc.record().targetUri());
        Optional<Charset> charset = doc.charset().filter(c -> TextDecoder.utf8Markup(bytes).isEmpty());
        return switch (doc.route()) {
            case HTML -> charset.isPresent() ? documents.readHtml(new String(bytes, charset.get()), source)
                    : documents.read(bytes, source, fileName, InputFormat.HTML);
            case TEXT -> charset.isPresent() ? documents.readDecodedText(new String(bytes, charset.get()), source)
                    : documents.read(bytes, source, fileName, InputFormat.TEXT);
            case DOCUMENT, SNIFF -> documents.read(bytes, source, fileName, InputFormat.AUTO);
        };
    }

    /** The last path segment of a URI, a hint to type detection; empty if it has none. */
    static String fileName(String uri) {
        String path = uri.replaceFirst("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        return slash < 0 || path.lastIndexOf("//") == slash - 1 ? "" : path.substring(slash + 1);
    }

    /** The headers of a record as far as they can be read, for a record that fails: nothing is parsed strictly. */
    static CrawlRecord headersOf(byte[] header) {
        String id = "";
        String uri = "";
        String date = "";
        for (String line : new String(header, StandardCharsets.UTF_8).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (name) {
                case "warc-record-id" -> id = value;
                case "warc-target-uri" -> uri = unbracket(value);
                case "warc-date" -> date = value;
                default -> {
                    // not needed
                }
            }
        }
        return new CrawlRecord(id, uri, date);
    }

    private static CrawlRecord crawlRecord(MessageHeaders headers) {
        return new CrawlRecord(headers.first("WARC-Record-ID").orElse(""),
                unbracket(headers.first("WARC-Target-URI").orElse("")), headers.first("WARC-Date").orElse(""));
    }

    /** WARC 1.0 files, following an erratum in its grammar, sometimes write the target URI in angle brackets. */
    private static String unbracket(String uri) {
        return uri.length() > 1 && uri.startsWith("<") && uri.endsWith(">") ? uri.substring(1, uri.length() - 1) : uri;
    }
}
