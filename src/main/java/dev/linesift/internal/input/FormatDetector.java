package dev.linesift.internal.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides how a document's bytes are read: as HTML, as plain text, or by one of Tika's parsers.
 * Looks at the bytes and the file name only; nothing is parsed here. Stateless and thread-safe.
 */
final class FormatDetector {
    private FormatDetector() {
    }

    /** Which reader a document goes to. */
    enum Route {
        /** HTML or XHTML: one line per block, with markup cues. */
        HTML,
        /** A text type: lines kept exactly. */
        TEXT,
        /** Type unknown ({@code application/octet-stream}): read as text unless it decodes to binary. */
        UNKNOWN,
        /** Any other type: Tika's parser for it, if there is one. */
        DOCUMENT
    }

    /** The detected type and the reader it goes to. */
    record Detected(MediaType type, Route route) {
    }

    /** Detects the type of {@code bytes}; {@code fileName} (may be empty) is a hint. */
    static Detected detect(byte[] bytes, String fileName) {
        MediaType type = mediaType(bytes, fileName);
        return new Detected(type, route(type));
    }

    static Route route(MediaType type) {
        String base = type.getBaseType().toString();
        if (isHtml(base)) {
            return Route.HTML;
        }
        if (base.equals(MediaType.OCTET_STREAM.toString())) {
            return Route.UNKNOWN;
        }
        // XML is structured data for Tika's XML parser, not text to keep line by line.
        if (base.startsWith("text/") && !base.equals("text/xml")) {
            return Route.TEXT;
        }
        return Route.DOCUMENT;
    }

    static MediaType mediaType(byte[] bytes, String fileName) {
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
            if (MediaType.OCTET_STREAM.equals(type) && sniffHtml(bytes)) {
                return MediaType.TEXT_HTML;
            }
            return type;
        } catch (IOException e) {
            // A byte array cannot fail to read; should detection fail anyway, the bytes are of unknown type.
            return MediaType.OCTET_STREAM;
        }
    }

    /** PDF, zip-based (DOCX, ...) and OLE2 (DOC, ...) documents are never read as text, whatever their name. */
    static boolean hasBinarySignature(byte[] b) {
        return b.length >= 4 && (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F'
                || b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4
                || (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0);
    }

    /** Detection by magic misses HTML fragments that start with a tag other than html/head/body. */
    static boolean sniffHtml(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<div") || head.contains("<p>") || head.contains("<article") || head.contains("<section");
    }

    static boolean isHtml(String baseType) {
        return baseType.equals("text/html") || baseType.equals("application/xhtml+xml")
                || baseType.equals("application/vnd.wap.xhtml+xml");
    }

    /**
     * Whether decoded text is really binary data: a NUL, or more than 2% (at least 3) control or
     * replacement characters in its first 64 Ki characters.
     */
    static boolean looksBinary(String text) {
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
}
