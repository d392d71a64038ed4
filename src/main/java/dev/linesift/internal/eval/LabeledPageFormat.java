package dev.linesift.internal.eval;

import dev.linesift.Label;
import dev.linesift.LabeledLine;
import dev.linesift.LabeledPage;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.MarkupCues;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.lines.SourceFormat;
import dev.linesift.internal.lines.TextLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The labeled-page file format of the labeling guide: one page line per file line,
 * {@code <label>TAB<original text>}, and an empty file line for a blank page line. The text
 * after the first tab is kept exactly, tabs included.
 */
public final class LabeledPageFormat {
    private LabeledPageFormat() {
    }

    /** Reads a labeled-page file. */
    public static GoldPage read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        return parse(content, file.toString());
    }

    /**
     * Parses labeled-page text.
     *
     * @throws IllegalArgumentException naming the file and line of the first malformed line
     */
    public static GoldPage parse(String content, String source) {
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        List<String> fileLines = TextLines.split(content);
        List<Line> lines = new ArrayList<>(fileLines.size());
        List<Optional<Label>> labels = new ArrayList<>(fileLines.size());
        for (int i = 0; i < fileLines.size(); i++) {
            String fl = fileLines.get(i);
            if (fl.isEmpty()) {
                lines.add(new Line(i + 1, "", MarkupCues.NONE));
                labels.add(Optional.empty());
                continue;
            }
            int tab = fl.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": no tab between label and text");
            }
            Label label;
            try {
                label = Label.fromCode(fl.substring(0, tab));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage());
            }
            String text = fl.substring(tab + 1);
            if (text.isBlank()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": a labeled line has no text");
            }
            lines.add(new Line(i + 1, text, MarkupCues.NONE));
            labels.add(Optional.of(label));
        }
        return new GoldPage(new Page(source, SourceFormat.TEXT, lines), labels);
    }

    /** The plain text of a labeled page: the text after each tab, blank lines kept. */
    public static String plainText(GoldPage page) {
        StringBuilder b = new StringBuilder();
        for (Line l : page.page().lines()) {
            b.append(l.text()).append('\n');
        }
        return b.toString();
    }

    /** Formats a labeled page in this format, blank lines restored as empty lines. */
    public static String format(LabeledPage page) {
        StringBuilder b = new StringBuilder();
        int next = 1;
        for (LabeledLine l : page.lines()) {
            while (next < l.number()) {
                b.append('\n');
                next++;
            }
            b.append(l.label().code()).append('\t').append(l.text()).append('\n');
            next++;
        }
        while (next <= page.lineCount()) {
            b.append('\n');
            next++;
        }
        return b.toString();
    }

    /** Writes a gold page back to a file. */
    public static void write(GoldPage page, Path file) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < page.page().lines().size(); i++) {
            Optional<Label> label = page.labels().get(i);
            if (label.isPresent()) {
                b.append(label.get().code()).append('\t').append(page.page().lines().get(i).text());
            }
            b.append('\n');
        }
        try {
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
