package dev.linesift.internal.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document as a sequence of numbered lines: the unit every later stage works on.
 *
 * @param source where it came from, as the caller named it
 * @param format what it was read from
 * @param lines  all lines in order, blank ones included, numbered from 1
 */
public record Page(String source, SourceFormat format, List<Line> lines) {
    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        lines = List.copyOf(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() != i + 1) {
                throw new IllegalArgumentException("line " + (i + 1) + " is numbered " + lines.get(i).number());
            }
        }
    }

    /** A plain-text page from already split lines (no markup). */
    public static Page ofTextLines(String source, List<String> texts) {
        List<Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new Line(i + 1, texts.get(i), MarkupCues.NONE));
        }
        return new Page(source, SourceFormat.TEXT, lines);
    }

    /** The non-blank lines, in order: the ones that get a label. */
    public List<Line> contentLines() {
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }
}
