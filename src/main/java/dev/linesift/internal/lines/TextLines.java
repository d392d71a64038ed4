package dev.linesift.internal.lines;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines without changing a character of any line. */
public final class TextLines {
    private TextLines() {
    }

    /**
     * Splits at {@code \n}, {@code \r\n} and a lone {@code \r}; the terminators are not part of
     * the lines, everything else (tabs, trailing spaces) is. A final terminator does not open
     * an empty last line, so {@code "a\nb\n"} and {@code "a\nb"} both give two lines.
     */
    public static List<String> split(CharSequence text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.subSequence(start, i).toString());
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.subSequence(start, n).toString());
        }
        return lines;
    }
}
