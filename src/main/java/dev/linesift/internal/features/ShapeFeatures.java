package dev.linesift.internal.features;

import static dev.linesift.internal.features.Bins.bin;

import dev.linesift.train.FeatureGroup;

/**
 * {@link FeatureGroup#SHAPE}: a line's length, tokens, letter case, digits, punctuation and
 * separators, and flags for marks that boilerplate often carries (times, years, addresses, ©).
 */
final class ShapeFeatures implements GroupFeatures {
    private static final long S_LEN = Hashing.namespace("s.len");
    private static final long S_TOK = Hashing.namespace("s.tok");
    private static final long S_LETR = Hashing.namespace("s.letr");
    private static final long S_DIG = Hashing.namespace("s.dig");
    private static final long S_CASE = Hashing.namespace("s.case");
    private static final long S_TITLE = Hashing.namespace("s.title");
    private static final long S_FIRST = Hashing.namespace("s.first");
    private static final long S_LAST = Hashing.namespace("s.last");
    private static final long S_FL = Hashing.namespace("s.fl");
    private static final long S_SENT = Hashing.namespace("s.sent");
    private static final long S_SEP = Hashing.namespace("s.sep");
    private static final long S_COM = Hashing.namespace("s.com");
    private static final long S_FLAG = Hashing.namespace("s.flag");
    private static final long S_NUM = Hashing.namespace("s.num");
    private static final long S_AVGW = Hashing.namespace("s.avgw");
    private static final long S_LEN_LAST = Hashing.namespace("s.len*last");
    private static final long S_TOK_CASE = Hashing.namespace("s.tok*case");

    @Override
    public FeatureGroup group() {
        return FeatureGroup.SHAPE;
    }

    @Override
    public LineAdder forPage(PageContext page) {
        return (i, sink) -> add(sink, page.profiles[i]);
    }

    private static void add(FeatureSink sink, LineProfile p) {
        int len = Bins.lenBin(p.chars);
        int tok = Bins.tokenBin(p.tokenCount());
        sink.add(S_LEN, len);
        sink.add(S_TOK, tok);
        sink.add(S_LETR, p.chars == 0 ? 0 : bin((double) p.letters / p.chars, 0.3, 0.6, 0.75, 0.85));
        sink.add(S_DIG, p.digits == 0 ? 0 : p.digits <= 2 ? 1 : p.digits <= 4 ? 2 : p.digits <= 8 ? 3 : 4);
        int caseBin = Bins.caseBin(p);
        sink.add(S_CASE, caseBin);
        int toks = p.tokenCount();
        sink.add(S_TITLE, toks < 2 ? 9 : bin((double) p.capitalisedTokens / toks, 0.01, 0.34, 0.67, 0.99));
        sink.add(S_FIRST, p.firstClass);
        sink.add(S_LAST, p.lastClass);
        sink.add(S_FL, p.firstClass * 65536L + p.lastClass);
        sink.add(S_SENT, Math.min(p.sentenceBreaks, 3));
        sink.add(S_SEP, Math.min(p.separators, 3));
        sink.add(S_COM, Math.min(p.commas, 3));
        sink.add(S_NUM, toks == 0 ? 9 : bin((double) p.numericTokens / toks, 0.01, 0.2, 0.5, 0.99));
        sink.add(S_AVGW, toks == 0 ? 9 : bin((double) p.letters / toks, 3, 4.5, 6, 8));
        sink.add(S_LEN_LAST, len * 65536L + p.lastClass);
        sink.add(S_TOK_CASE, tok * 16L + caseBin);
        flags(sink, p);
    }

    /** Flags 1-14, each added at most once, in this order: the order of first addition is kept. */
    private static void flags(FeatureSink sink, LineProfile p) {
        String l = p.lower;
        if (p.gluedTokens > 0) {
            sink.add(S_FLAG, 1);
        }
        if (p.hasColonEarly) {
            sink.add(S_FLAG, 2);
        }
        if (l.indexOf('@') >= 0) {
            sink.add(S_FLAG, 3);
        }
        if (l.contains("://") || l.contains("www.")) {
            sink.add(S_FLAG, 4);
        }
        if (l.indexOf('©') >= 0) {
            sink.add(S_FLAG, 5);
        }
        if (hasTime(l)) {
            sink.add(S_FLAG, 6);
        }
        if (hasYear(l)) {
            sink.add(S_FLAG, 7);
        }
        if (l.indexOf('%') >= 0) {
            sink.add(S_FLAG, 8);
        }
        if (l.indexOf('$') >= 0 || l.indexOf('€') >= 0 || l.indexOf('£') >= 0) {
            sink.add(S_FLAG, 9);
        }
        if (l.indexOf('?') >= 0) {
            sink.add(S_FLAG, 10);
        }
        if (l.indexOf('!') >= 0) {
            sink.add(S_FLAG, 11);
        }
        if (l.indexOf('|') >= 0) {
            sink.add(S_FLAG, 12);
        }
        if (l.indexOf('"') >= 0 || l.indexOf('“') >= 0 || l.indexOf('«') >= 0 || l.indexOf('„') >= 0) {
            sink.add(S_FLAG, 13);
        }
        if (l.indexOf('(') >= 0) {
            sink.add(S_FLAG, 14);
        }
    }

    /** A clock time such as 9:30 or 21.05 (two digits after the mark, no third). */
    private static boolean hasTime(String s) {
        for (int i = 1; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ':' || c == '.') && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))
                    && Character.isDigit(s.charAt(i + 2)) && (i + 3 >= s.length() || !Character.isDigit(s.charAt(i + 3)))) {
                return true;
            }
        }
        return false;
    }

    /** A four-digit year 19xx or 20xx standing alone among digits. */
    private static boolean hasYear(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if ((a == '1' && b == '9' || a == '2' && b == '0') && Character.isDigit(s.charAt(i + 2))
                    && Character.isDigit(s.charAt(i + 3)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
                    && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }
}
