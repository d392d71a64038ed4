package dev.linesift.internal.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Chooses the charset of bytes that are not plain UTF-8: checks a declared charset against the
 * bytes, and detects one when none is declared or the bytes contradict the declaration. The
 * candidates come from two statistical detectors, ICU's (as Tika ships it, strong on Latin
 * languages) and Mozilla's (juniversalchardet, strong on CJK), then the common Latin charsets;
 * each is judged by how plausible the text it makes is ({@link TextEvidence}). Stateless.
 */
final class LegacyCharsets {
    /** Tried after the detectors' candidates, in this order; windows-1252 is the last resort. */
    private static final List<Charset> LATIN = List.of(CharsetLabels.WINDOWS_1252, Charset.forName("ISO-8859-15"),
            Charset.forName("windows-1250"), Charset.forName("ISO-8859-2"), Charset.forName("windows-1254"));
    /** ICU's multi-byte detectors reach 100 on enough common characters; other CJK charsets score well below. */
    private static final int CJK_SURE = 90;
    private static final int CJK_MARGIN = 25;

    /** A charset and its text's anomalies: {@code Integer.MAX_VALUE} when its script cannot be right. */
    private record Scored(Charset charset, int anomalies, boolean implausible) {
    }

    private LegacyCharsets() {
    }

    /**
     * The charset to read {@code text} (the document's text bytes) in when it declares
     * {@code declared}: the declaration unless the bytes clearly contradict it. They do when
     * another charset's text has at most half the anomalies and the declared one's text is
     * implausible ({@link TextEvidence.Plausibility#implausible}), or is UTF-8 for bytes with
     * more stray high bytes than UTF-8 sequences, or is Latin for bytes that are not Latin text
     * ({@link TextEvidence#nonLatin}); and when a CJK charset is declared for CJK text while
     * ICU is sure of another (confidence 90 or more, and the declared one 25 less or more).
     */
    static Charset checkDeclared(byte[] text, Charset declared, TextEvidence.Utf8 utf8) {
        boolean nonLatin = TextEvidence.nonLatin(text);
        Scored own = score(text, declared, nonLatin);
        Charset extension = CharsetLabels.extension(declared);
        if (extension != null) {
            Scored extended = score(text, extension, nonLatin);
            own = extended.anomalies() < own.anomalies() ? extended : own;
        }
        boolean notUtf8 = own.charset().equals(StandardCharsets.UTF_8) && utf8.bad() > utf8.good();
        boolean cjk = nonLatin && CharsetLabels.isCjk(own.charset());
        if (!own.implausible() && !notUtf8 && !cjk) {
            return own.charset();
        }
        CharsetMatch[] matches = icu(text);
        if (cjk) {
            Charset sure = sureCjk(matches, own.charset());
            if (sure != null && score(text, sure, true).anomalies() <= own.anomalies()) {
                return sure;
            }
            if (!own.implausible()) {
                return own.charset();
            }
        }
        Scored best = best(text, candidates(text, matches, utf8, own.charset()), nonLatin);
        return best != null && (long) best.anomalies() * 2 <= own.anomalies() ? best.charset() : own.charset();
    }

    /** The most plausible charset for undeclared bytes; ties go to the detectors' first choice. */
    static Charset detect(byte[] text, TextEvidence.Utf8 utf8) {
        Scored best = best(text, candidates(text, icu(text), utf8, null), TextEvidence.nonLatin(text));
        return best == null ? CharsetLabels.WINDOWS_1252 : best.charset();
    }

    private static Scored best(byte[] text, List<Charset> candidates, boolean nonLatin) {
        Scored best = null;
        for (Charset c : candidates) {
            Scored s = score(text, c, nonLatin);
            if (s.anomalies() != Integer.MAX_VALUE && (best == null || s.anomalies() < best.anomalies())) {
                best = s;
            }
        }
        return best;
    }

    /**
     * UTF-8 first when some of the bytes form UTF-8 sequences, then ICU's guesses by confidence,
     * Mozilla's guess, and the Latin charsets; without {@code excluded}, Unicode charsets other
     * than UTF-8 (the NUL check found no UTF-16) and EBCDIC.
     */
    private static List<Charset> candidates(byte[] text, CharsetMatch[] matches, TextEvidence.Utf8 utf8, Charset excluded) {
        Set<Charset> out = new LinkedHashSet<>();
        if (utf8.good() > 0) {
            out.add(StandardCharsets.UTF_8);
        }
        for (CharsetMatch m : matches) {
            if (m.getConfidence() >= 10) {
                add(out, m.getName());
            }
        }
        add(out, mozilla(text));
        out.addAll(LATIN);
        out.remove(excluded);
        List<Charset> list = new ArrayList<>(out);
        list.removeIf(c -> CharsetLabels.isUtf16Or32(c) || c.name().startsWith("IBM") && !c.name().equals("IBM866"));
        return list;
    }

    private static void add(Set<Charset> out, String label) {
        Charset c = CharsetLabels.resolve(label);
        if (c != null) {
            out.add(c);
        }
    }

    /** A multi-byte CJK charset ICU is sure of while it gives {@code declared} clearly less; null otherwise. */
    private static Charset sureCjk(CharsetMatch[] matches, Charset declared) {
        if (!CharsetLabels.isCjk(declared) || matches.length == 0 || matches[0].getConfidence() < CJK_SURE) {
            return null;
        }
        Charset top = CharsetLabels.resolve(matches[0].getName());
        if (top == null || !CharsetLabels.isCjk(top) || top.equals(declared) || top.equals(CharsetLabels.extension(declared))
                || declared.equals(CharsetLabels.extension(top))) {
            return null;
        }
        int own = 0;
        for (CharsetMatch m : matches) {
            Charset c = CharsetLabels.resolve(m.getName());
            if (c != null && (c.equals(declared) || declared.equals(CharsetLabels.extension(c)))) {
                own = Math.max(own, m.getConfidence());
            }
        }
        return own <= matches[0].getConfidence() - CJK_MARGIN ? top : null;
    }

    private static Scored score(byte[] text, Charset charset, boolean nonLatin) {
        if (nonLatin && CharsetLabels.isLatin(charset)) {
            return new Scored(charset, Integer.MAX_VALUE, true);
        }
        TextEvidence.Plausibility p = TextEvidence.plausibility(decode(text, charset));
        return new Scored(charset, p.anomalies(), p.implausible());
    }

    private static CharsetMatch[] icu(byte[] text) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(text);
        return detector.detectAll();
    }

    private static String mozilla(byte[] text) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(text, 0, Math.min(text.length, TextEvidence.SAMPLE));
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** The sample decoded with every bad byte replaced, so that it counts as an anomaly. */
    static String decode(byte[] text, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(text, 0, Math.min(text.length, TextEvidence.SAMPLE))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }
}
