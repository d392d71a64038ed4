package dev.linesift.internal.input;

import java.lang.Character.UnicodeScript;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The evidence the decoding ladder weighs: what the bytes look like (UTF-8 sequences, UTF-16's
 * NUL bytes, how much of each word is high bytes) and how implausible the text is that a charset
 * makes of them. Stateless.
 */
final class TextEvidence {
    /** Only the start of a long document is weighed; encodings do not change halfway. */
    static final int SAMPLE = 64 * 1024;

    /** Well-formed UTF-8 multi-byte sequences and bytes that fit no sequence. */
    record Utf8(int good, int bad) {
        boolean strict() {
            return bad == 0;
        }
    }

    /**
     * How implausible a decoding is. {@code anomalies} counts what real text does not hold:
     * undecodable bytes, control characters, symbols inside words, words mixing Latin with
     * Cyrillic or Greek letters or with a CJK character inside, a lower-case letter followed by a
     * capital. {@code words} counts the words with non-ASCII letters.
     */
    record Plausibility(int anomalies, int words) {
        /**
         * Clearly wrong: at least three anomalies, and at least one per twenty words. Real pages
         * have the odd one (a symbol used as a letter, text that was already mojibake
         * before it was encoded); a wrong charset makes them in most sentences.
         */
        boolean implausible() {
            return anomalies >= Math.max(3, words / 20);
        }
    }

    /**
     * Cyrillic and Greek letters that look like Latin ones. Pages write them inside Latin words
     * on purpose ("Сolumn" with a Cyrillic С), which says nothing about the charset.
     */
    private static final String LOOK_ALIKES = "АВЕЅІЈКМНОРСТХаеіјорсуѕхΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ";

    private TextEvidence() {
    }

    /** Counts UTF-8 sequences and stray bytes over the whole document: one stray byte makes it not strict. */
    static Utf8 utf8(byte[] bytes) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len > 0 && i + len <= bytes.length && wellFormed(bytes, i, len)) {
                good++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return new Utf8(good, bad);
    }

    /** Continuation bytes, no overlong or surrogate forms and nothing past U+10FFFF, as Java's strict decoder sees it. */
    private static boolean wellFormed(byte[] bytes, int i, int len) {
        for (int k = 1; k < len; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        int b0 = bytes[i] & 0xFF;
        int b1 = bytes[i + 1] & 0xFF;
        return !(b0 == 0xE0 && b1 < 0xA0 || b0 == 0xED && b1 > 0x9F || b0 == 0xF0 && b1 < 0x90 || b0 == 0xF4 && b1 > 0x8F);
    }

    /** UTF-16 text of Latin script has a NUL in nearly every other byte; null when the bytes do not. */
    static Charset utf16Pattern(byte[] bytes) {
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

    /**
     * Whether the bytes cannot be text of a Latin-script language. Those write most of each word
     * in ASCII letters, even Czech or Hungarian words with several accents, while Cyrillic, Greek
     * or CJK text in a legacy charset is all high bytes. Weighs the words (runs of ASCII letters
     * and high bytes) holding a high byte: at least sixteen high bytes, and 60% or more of their
     * bytes high. The converse says little: English in any charset has high bytes in its words
     * too, its apostrophes and dashes.
     */
    static boolean nonLatin(byte[] bytes) {
        int high = 0;
        int inWords = 0;
        int wordHigh = 0;
        int wordLength = 0;
        int n = Math.min(bytes.length, SAMPLE);
        for (int i = 0; i <= n; i++) {
            int b = i < n ? bytes[i] & 0xFF : ' ';
            // 0xA0 is a no-break space in most single-byte charsets, not a letter.
            if (b >= 0x80 && b != 0xA0 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
                wordLength++;
                wordHigh += b >= 0x80 ? 1 : 0;
                continue;
            }
            // A lone high byte is as often punctuation (a dash between numbers) as a one-letter word.
            if (wordHigh > 0 && wordLength > 1) {
                high += wordHigh;
                inWords += wordLength;
            }
            wordHigh = 0;
            wordLength = 0;
        }
        return high >= 16 && high >= inWords * 0.6;
    }

    /** The anomalies of (the start of) a decoded text. */
    static Plausibility plausibility(String text) {
        int anomalies = 0;
        int words = 0;
        int n = Math.min(text.length(), SAMPLE);
        int wordStart = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c == '\uFFFD' || c == '\u00A4' || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                anomalies++;
            } else if (misplacedSymbol(c, i > 0 && Character.isLetter(text.charAt(i - 1)),
                    i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                anomalies++;
            }
            boolean letter = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (letter && wordStart < 0) {
                wordStart = i;
            } else if (!letter && wordStart >= 0) {
                int odd = oddWord(text, wordStart, i);
                if (odd >= 0) {
                    words++;
                    anomalies += odd;
                }
                wordStart = -1;
            }
        }
        return new Plausibility(anomalies, words);
    }

    /**
     * A symbol beside a letter where no language writes it: the Latin-1 symbols, spacing accents
     * and windows-125x punctuation that a wrong single-byte table makes of letters ({@code ¹}
     * for ą, {@code ½} for œ, {@code ©} in {@code Ã©}). Signs that follow words (® ™ ° and
     * superscripts, then a space) or open them (¿ ¡ © § and currency) are allowed there.
     */
    private static boolean misplacedSymbol(char c, boolean letterBefore, boolean letterAfter) {
        boolean symbol = c >= '\u00A1' && c <= '\u00BF' || c == '\u00D7' || c == '\u00F7'
                || c >= '\u02C0' && c <= '\u02DD' || c >= '\u2020' && c <= '\u2122';
        if (!symbol || Character.isLetter(c) || c == '\u00B7' || c == '\u00AD' || c == '\u00AB' || c == '\u00BB'
                || c == '\u00B4' || !letterBefore && !letterAfter) {
            return false;
        }
        if (letterBefore && letterAfter) {
            return true;
        }
        return letterBefore ? "\u00AE\u2122\u00B0\u00B9\u00B2\u00B3\u2026".indexOf(c) < 0
                : "\u00BF\u00A1\u00A9\u00A7\u00A3\u00A5\u00B0\u20AC".indexOf(c) < 0;
    }

    /**
     * The anomalies of one word, or -1 for a word of ASCII letters only: letters of Latin and of
     * another alphabet mixed (look-alikes aside), a CJK character between two ASCII letters, and
     * a lower-case letter followed by a capital (one of them non-ASCII).
     */
    private static int oddWord(String text, int from, int to) {
        boolean nonAscii = false;
        boolean latin = false;
        boolean otherAlphabet = false;
        boolean sandwiched = false;
        int odd = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            nonAscii |= c >= 0x80;
            UnicodeScript script = UnicodeScript.of(c);
            latin |= script == UnicodeScript.LATIN;
            otherAlphabet |= (script == UnicodeScript.CYRILLIC || script == UnicodeScript.GREEK
                    || script == UnicodeScript.ARABIC || script == UnicodeScript.HEBREW) && LOOK_ALIKES.indexOf(c) < 0;
            char before = i > from ? text.charAt(i - 1) : ' ';
            if (Character.isLowerCase(before) && Character.isUpperCase(c) && (before >= 0x80 || c >= 0x80)) {
                odd++;
            }
            if (isAsciiLetter(before) && i + 1 < to && isAsciiLetter(text.charAt(i + 1)) && isCjk(script)) {
                sandwiched = true;
            }
        }
        if (!nonAscii) {
            return -1;
        }
        return Math.min(odd, 1) + (latin && otherAlphabet || sandwiched ? 1 : 0);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Scripts written without spaces, beside Latin words but not inside them. */
    private static boolean isCjk(UnicodeScript script) {
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL;
    }
}
