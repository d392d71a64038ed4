package dev.linesift.corpus;

import dev.linesift.Limits;
import dev.linesift.internal.input.DocumentReader;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Checks that a rendered HTML page reads back as exactly its labeled lines. */
final class HtmlPages {
    private static final DocumentReader READER = new DocumentReader(Limits.DEFAULT);

    private HtmlPages() {
    }

    /**
     * Reads the HTML as linesift does and pairs every extracted line with the labeled line it
     * was rendered from; the result carries the extracted texts (white space collapsed as HTML
     * does). Fails if the two do not correspond one to one.
     */
    static List<PageBuilder.Entry> align(String html, List<PageBuilder.Entry> entries, String name) {
        Page page = READER.read(html.getBytes(StandardCharsets.UTF_8), name, name + ".html");
        List<PageBuilder.Entry> labeled = entries.stream().filter(e -> e.label() != null).toList();
        List<Line> lines = page.lines();
        if (lines.size() != labeled.size()) {
            throw new IllegalStateException(name + ": " + lines.size() + " lines read from HTML, " + labeled.size() + " rendered"
                    + firstDifference(lines, labeled));
        }
        List<PageBuilder.Entry> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String expected = collapse(labeled.get(i).text());
            if (!lines.get(i).text().equals(expected)) {
                throw new IllegalStateException(name + ": line " + (i + 1) + " reads '" + lines.get(i).text() + "', rendered '" + expected + "'");
            }
            out.add(new PageBuilder.Entry(labeled.get(i).label(), lines.get(i).text(), labeled.get(i).role()));
        }
        return out;
    }

    private static String firstDifference(List<Line> lines, List<PageBuilder.Entry> labeled) {
        for (int i = 0; i < Math.min(lines.size(), labeled.size()); i++) {
            if (!lines.get(i).text().equals(collapse(labeled.get(i).text()))) {
                return "; first difference at " + (i + 1) + ": '" + lines.get(i).text() + "' vs '" + collapse(labeled.get(i).text()) + "'";
            }
        }
        return "";
    }

    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }
}
