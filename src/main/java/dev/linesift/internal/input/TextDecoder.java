package dev.linesift.internal.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a plain-text document into characters. Order of evidence: a byte-order
 * mark, then strict UTF-8, then UTF-16 without a mark (NUL bytes at every other position),
 * then mostly-valid UTF-8 (decoded with replacement characters), then a statistical guess for
 * non-Latin legacy encodings, and finally windows-1252, the superset of ISO-8859-1 that
 * western European text without a declared encoding almost always is.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the charset it was read as. */
    record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        Optional<String> strict = strictUtf8(bytes);
        if (strict.isPresent()) {
            return new Decoded(strict.get(), StandardCharsets.UTF_8);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(lenient(bytes, 0, utf16), utf16);
        }
        if (mostlyUtf8(bytes)) {
            return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        Charset guessed = legacyGuess(bytes);
        return new Decoded(lenient(bytes, 0, guessed), guessed);
    }

    /**
     * The text of markup whose bytes are valid UTF-8 with at least one multi-byte sequence (or
     * carry a UTF-8 byte-order mark). Such bytes are UTF-8 whatever the page declares: legacy
     * text almost never forms valid multi-byte sequences, while sites often declare ISO-8859-1,
     * windows-1252 or GB2312 for pages they send as UTF-8. Empty for anything else, which the
     * declared charset or detection then decides.
     */
    static Optional<String> utf8Markup(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(lenient(bytes, 3, StandardCharsets.UTF_8));
        }
        boolean multiByte = false;
        for (byte b : bytes) {
            if (b < 0) {
                multiByte = true;
                break;
            }
        }
        return multiByte ? strictUtf8(bytes) : Optional.empty();
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    /** UTF-16 text of Latin script has a NUL in nearly every other byte. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 4096);
        if (pairs < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) {
                evenZero++;
            }
            if (bytes[2 * i + 1] == 0) {
                oddZero++;
            }
        }
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Counts well-formed multi-byte sequences against stray high bytes. */
    private static boolean mostlyUtf8(byte[] bytes) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                good++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return good > 0 && good >= bad;
    }

    private static Charset legacyGuess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 16));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return WINDOWS_1252;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        // The detector's Latin guesses are unreliable on short Scandinavian text; windows-1252
        // reads ISO-8859-1 identically for every printable character, so it covers both.
        if (upper.startsWith("ISO-8859-1") || upper.startsWith("WINDOWS-1252") || upper.startsWith("US-ASCII")
                || upper.startsWith("ISO-8859-15") || upper.startsWith("UTF-")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return WINDOWS_1252;
        }
    }
}
