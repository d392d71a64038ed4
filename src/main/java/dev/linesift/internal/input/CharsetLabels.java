package dev.linesift.internal.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Charset names as servers and pages write them, resolved to the charset browsers actually read
 * them as, and the classes of charsets the decoding ladder treats alike. Stateless.
 */
final class CharsetLabels {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** Single-byte charsets of Latin-script languages: their text is mostly ASCII letters. */
    private static final Set<String> LATIN = Set.of("windows-1250", "windows-1252", "windows-1254", "windows-1257",
            "windows-1258", "ISO-8859-1", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-9", "ISO-8859-13",
            "ISO-8859-15", "ISO-8859-16", "x-MacRoman", "x-MacCentralEurope", "IBM437", "IBM850", "IBM852", "US-ASCII");
    /** Multi-byte charsets of Chinese, Japanese and Korean. */
    private static final Set<String> CJK = Set.of("GB18030", "GBK", "GB2312", "x-mswin-936", "Big5", "Big5-HKSCS",
            "x-EUC-TW", "Shift_JIS", "windows-31j", "EUC-JP", "x-eucJP-Open", "EUC-KR", "x-windows-949", "x-Johab");

    private CharsetLabels() {
    }

    /**
     * The charset a label names as browsers read it, or null for an unknown or unsupported
     * label. Browsers read a label as a superset where one exists, because servers name the
     * standard charset for text written with the vendor's extension of it: ISO-8859-1 and
     * US-ASCII as windows-1252, ISO-8859-9 as windows-1254, GB2312 and GBK as GB18030, Big5 as
     * Big5-HKSCS and EUC-KR as windows-949 (when this JVM has them), TIS-620 as windows-874.
     */
    static Charset resolve(String label) {
        if (label == null) {
            return null;
        }
        String name = label.strip().replace("\"", "").replace("'", "");
        if (name.isEmpty()) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (RuntimeException e) {
            return name.equalsIgnoreCase("x-user-defined") ? WINDOWS_1252 : null;
        }
        return switch (charset.name()) {
            case "ISO-8859-1", "US-ASCII" -> WINDOWS_1252;
            case "ISO-8859-9" -> Charset.forName("windows-1254");
            case "GB2312", "GBK", "x-mswin-936" -> Charset.forName("GB18030");
            case "Big5" -> ifSupported("Big5-HKSCS", charset);
            case "EUC-KR" -> ifSupported("x-windows-949", charset);
            case "TIS-620", "x-iso-8859-11" -> ifSupported("x-windows-874", charset);
            default -> charset;
        };
    }

    /**
     * The superset to try when text declared in {@code charset} does not decode in it: Shift_JIS
     * pages are nearly always written with Microsoft's extension (circled numbers, NEC and IBM
     * kanji), which plain Shift_JIS does not map. Null when there is none.
     */
    static Charset extension(Charset charset) {
        return charset.name().equals("Shift_JIS") ? ifSupported("windows-31j", null) : null;
    }

    static boolean isUnicode(Charset charset) {
        return charset.name().startsWith("UTF-");
    }

    static boolean isUtf16Or32(Charset charset) {
        return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    }

    static boolean isLatin(Charset charset) {
        return LATIN.contains(charset.name());
    }

    static boolean isCjk(Charset charset) {
        return CJK.contains(charset.name());
    }

    /** Encodings whose text is all 7-bit bytes, so ASCII-only bytes say nothing against them. */
    static boolean isSevenBit(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.contains("2022") || name.equals("UTF-7") || name.startsWith("HZ");
    }

    /**
     * The charset markup declares in itself, as HTML reads it: a page whose declaration could be
     * read as ASCII is not UTF-16 or UTF-32, so such a declaration means UTF-8.
     */
    static Charset forMarkup(Charset declared) {
        return declared != null && isUtf16Or32(declared) ? StandardCharsets.UTF_8 : declared;
    }

    private static Charset ifSupported(String name, Charset otherwise) {
        return Charset.isSupported(name) ? Charset.forName(name) : otherwise;
    }
}
