package dev.linesift.internal.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts and shape classes of one line, computed once and used both for the line's own
 * features and as a neighbour of other lines. Only the first {@code analysedChars} characters
 * are looked at, which bounds the work on pathological lines.
 */
final class LineProfile {
    final int chars;
    final int letters;
    final int digits;
    final int upper;
    final int lowerLetters;
    final int spaces;
    final int punctuation;
    final int separators;
    final int sentenceBreaks;
    final int commas;
    final int capitalisedTokens;
    final int numericTokens;
    final int gluedTokens;
    final char firstClass;
    final char lastClass;
    final List<String> tokens;
    final String normalized;
    final String lower;
    final boolean hasColonEarly;

    private LineProfile(String text, int analysedChars) {
        String t = text.strip();
        String a = t.length() <= analysedChars ? t : t.substring(0, analysedChars);
        chars = t.length();
        int let = 0;
        int dig = 0;
        int up = 0;
        int low = 0;
        int sp = 0;
        int pun = 0;
        int sep = 0;
        int sent = 0;
        int com = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isLetter(c)) {
                let++;
                if (Character.isUpperCase(c)) {
                    up++;
                } else if (Character.isLowerCase(c)) {
                    low++;
                }
            } else if (Character.isDigit(c)) {
                dig++;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                sp++;
            } else {
                pun++;
                if (c == '|' || c == '•' || c == '·' || c == '/' || c == '–' || c == '—' || c == '›' || c == '»' || c == '>') {
                    sep++;
                }
                if (c == ',') {
                    com++;
                }
                if ((c == '.' || c == '!' || c == '?') && i + 2 < a.length() && a.charAt(i + 1) == ' '
                        && Character.isUpperCase(a.charAt(i + 2))) {
                    sent++;
                }
            }
        }
        letters = let;
        digits = dig;
        upper = up;
        lowerLetters = low;
        spaces = sp;
        punctuation = pun;
        separators = sep;
        sentenceBreaks = sent;
        commas = com;
        firstClass = a.isEmpty() ? ' ' : charClass(a.charAt(0));
        lastClass = a.isEmpty() ? ' ' : charClass(t.charAt(t.length() - 1));
        lower = a.toLowerCase(Locale.ROOT);
        List<String> toks = new ArrayList<>();
        int cap = 0;
        int num = 0;
        int glued = 0;
        int len = a.length();
        int pos = 0;
        while (pos < len) {
            while (pos < len && isSpace(a.charAt(pos))) {
                pos++;
            }
            int end = pos;
            while (end < len && !isSpace(a.charAt(end))) {
                end++;
            }
            if (end == pos) {
                break;
            }
            String raw = a.substring(pos, end);
            pos = end;
            if (Character.isUpperCase(raw.codePointAt(0))) {
                cap++;
            }
            if (isGlued(raw)) {
                glued++;
            }
            String w = normalizeToken(raw);
            if (w.isEmpty()) {
                continue;
            }
            if (w.chars().allMatch(ch -> ch == '0')) {
                num++;
            }
            toks.add(w);
        }
        tokens = toks;
        capitalisedTokens = cap;
        numericTokens = num;
        gluedTokens = glued;
        normalized = normalizeLine(t);
        int colon = a.indexOf(':');
        hasColonEarly = colon > 0 && colon <= 24;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || Character.isWhitespace(c);
    }

    static LineProfile of(String text, int analysedChars) {
        return new LineProfile(text, analysedChars);
    }

    int tokenCount() {
        return tokens.size();
    }

    /** Lower-case, digits masked as 0, white space collapsed: lines alike but for numbers share it. */
    static String normalizeLine(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), 256));
        boolean space = false;
        int n = Math.min(text.length(), 256);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** A token lower-cased with digits masked and surrounding punctuation removed. */
    static String normalizeToken(String raw) {
        int s = 0;
        int e = raw.length();
        while (s < e && !Character.isLetterOrDigit(raw.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(raw.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(e - s, 24));
        for (int i = s; i < e && b.length() < 24; i++) {
            char c = raw.charAt(i);
            b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Words run together without a space, as when two UI strings are scraped as one. */
    static boolean isGlued(String raw) {
        for (int i = 1; i + 1 < raw.length(); i++) {
            char p = raw.charAt(i - 1);
            char c = raw.charAt(i);
            char nx = raw.charAt(i + 1);
            if (Character.isLowerCase(p) && Character.isUpperCase(c) && Character.isLowerCase(nx)) {
                return true;
            }
            if (i >= 2 && Character.isUpperCase(raw.charAt(i - 2)) && Character.isUpperCase(p)
                    && Character.isUpperCase(c) && Character.isLowerCase(nx) && i + 2 <= raw.length()) {
                return true;
            }
            if ((p == '.' || p == '!' || p == '?') && Character.isUpperCase(c) && Character.isLowerCase(nx)) {
                return true;
            }
        }
        return false;
    }

    /** A coarse class for the first or last character: the shape a line starts or ends with. */
    static char charClass(char c) {
        if (Character.isLetter(c)) {
            return Character.isUpperCase(c) ? 'U' : Character.isLowerCase(c) ? 'L' : 'O';
        }
        if (Character.isDigit(c)) {
            return 'D';
        }
        switch (c) {
            case '"', '\'', '«', '»', '“', '”', '„', '‘', '’', '–', '—', '-', '•', '·', '(', ')', '[', ']',
                 '#', '@', '|', '©', '+', '*', '→', '›', '‹', '<', '>', '/', '.', ':', '?', '!', ',', '…',
                 ';', '%', '&', '$', '€', '£', '▶', '►', '✓', '✔', '×', '✕' -> {
                return c;
            }
            default -> {
                return Character.isWhitespace(c) ? ' ' : 'S';
            }
        }
    }
}
