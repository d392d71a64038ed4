package dev.linesift.internal.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a plain-text or HTML document into characters, climbing a ladder of
 * evidence: (1) a byte-order mark (UTF-8, UTF-16, UTF-32) wins; (2) UTF-16 without a mark (a NUL
 * in every other byte) wins over any declared byte charset, since no such charset's text holds
 * NULs; (3) bytes that are valid UTF-8 with multi-byte sequences are UTF-8 whatever is declared,
 * since legacy text almost never forms such sequences while sites often declare ISO-8859-1 or
 * GB2312 for UTF-8 pages; (4) the declared charset (the caller's, from the transport, else for
 * HTML the page's {@code <meta>}), unless the bytes clearly contradict it
 * ({@link LegacyCharsets#checkDeclared}); (5) undeclared, UTF-8 if its sequences are at least
 * as many as the bytes that fit none, else detection ({@link LegacyCharsets#detect}), with
 * windows-1252 as the last resort. Labels resolve as browsers read them ({@link CharsetLabels}).
 */
final class TextDecoder {
    /** The decoded text, the charset it was read as, and the rung of the ladder that chose it. */
    record Decoded(String text, Charset charset, Basis basis) {
    }

    /** Which evidence decided the charset. */
    enum Basis {
        BYTE_ORDER_MARK, UTF16_PATTERN, UTF8_BYTES, DECLARED, CONTRADICTED, DETECTED
    }

    private TextDecoder() {
    }

    /** Plain text with no declared charset. */
    static Decoded decode(byte[] bytes) {
        return decode(bytes, null, false);
    }

    /**
     * Decodes {@code bytes}; {@code charsetLabel} is the charset the transport declared (an HTTP
     * Content-Type's), null for none. For {@code markup} the page's own declaration counts too,
     * and detection weighs the text outside tags, scripts and styles only. A transport that
     * declares ISO-8859-1, US-ASCII or windows-1252 yields to a page declaring another charset:
     * that was the default of servers that knew nothing of the page.
     */
    static Decoded decode(byte[] bytes, String charsetLabel, boolean markup) {
        Decoded bom = byteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = declared(bytes, charsetLabel, markup);
        Charset utf16 = TextEvidence.utf16Pattern(bytes);
        TextEvidence.Utf8 utf8 = TextEvidence.utf8(bytes);
        if (declared != null && CharsetLabels.isUtf16Or32(declared)) {
            if (utf16 != null && declared.name().startsWith("UTF-16")) {
                return read(bytes, 0, utf16, Basis.DECLARED);
            }
            boolean noNul = utf16 == null && utf8.strict() && indexOfNul(bytes) < 0;
            return noNul ? read(bytes, 0, StandardCharsets.UTF_8, Basis.UTF8_BYTES) : read(bytes, 0, declared, Basis.DECLARED);
        }
        if (utf16 != null) {
            return read(bytes, 0, utf16, Basis.UTF16_PATTERN);
        }
        if (utf8.strict() && utf8.good() > 0) {
            return read(bytes, 0, StandardCharsets.UTF_8, declared == null ? Basis.UTF8_BYTES
                    : declared.equals(StandardCharsets.UTF_8) ? Basis.DECLARED : Basis.UTF8_BYTES);
        }
        if (utf8.strict() && (declared == null || !CharsetLabels.isSevenBit(declared)) && indexOf(bytes, (byte) 0x1B) < 0) {
            // ASCII only: every ASCII-compatible charset reads it alike.
            return read(bytes, 0, declared == null ? StandardCharsets.UTF_8 : declared,
                    declared == null ? Basis.UTF8_BYTES : Basis.DECLARED);
        }
        byte[] text = markup ? MarkupBytes.text(bytes) : bytes;
        if (declared != null) {
            Charset chosen = LegacyCharsets.checkDeclared(text, declared, utf8);
            return read(bytes, 0, chosen, chosen.equals(declared) ? Basis.DECLARED : Basis.CONTRADICTED);
        }
        if (utf8.good() > 0 && utf8.good() >= utf8.bad()) {
            // UTF-8 with some broken bytes: legacy text has far more stray high bytes than sequences.
            return read(bytes, 0, StandardCharsets.UTF_8, Basis.UTF8_BYTES);
        }
        return read(bytes, 0, LegacyCharsets.detect(text, utf8), Basis.DETECTED);
    }

    private static Decoded byteOrderMark(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return read(b, 3, StandardCharsets.UTF_8, Basis.BYTE_ORDER_MARK);
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return read(b, 4, CharsetLabels.UTF_32LE, Basis.BYTE_ORDER_MARK);
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return read(b, 4, CharsetLabels.UTF_32BE, Basis.BYTE_ORDER_MARK);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return read(b, 2, StandardCharsets.UTF_16BE, Basis.BYTE_ORDER_MARK);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return read(b, 2, StandardCharsets.UTF_16LE, Basis.BYTE_ORDER_MARK);
        }
        return null;
    }

    private static Charset declared(byte[] bytes, String charsetLabel, boolean markup) {
        Charset transport = CharsetLabels.resolve(charsetLabel);
        if (!markup || transport != null && !transport.equals(CharsetLabels.WINDOWS_1252)) {
            return transport;
        }
        Charset page = CharsetLabels.forMarkup(CharsetLabels.resolve(MarkupBytes.declaredCharset(bytes)));
        return page != null ? page : transport;
    }

    private static int indexOfNul(byte[] bytes) {
        return indexOf(bytes, (byte) 0);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        int n = Math.min(bytes.length, TextEvidence.SAMPLE);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes leniently: a byte the charset cannot read becomes U+FFFD instead of failing the page. */
    private static Decoded read(byte[] bytes, int offset, Charset charset, Basis basis) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, charset, basis);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }
}
