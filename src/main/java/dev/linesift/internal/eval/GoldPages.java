package dev.linesift.internal.eval;

import dev.linesift.Label;
import dev.linesift.internal.input.DocumentReader;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads labeled pages. A {@code .tsv} alone is a plain-text page. A {@code .tsv} next to an
 * {@code .html} of the same name labels that HTML page: the file holds the lines as linesift
 * reads them from the HTML, and the page is read from the HTML so that it carries its markup
 * cues. The two must agree line for line.
 */
public final class GoldPages {
    private GoldPages() {
    }

    /** The HTML file a labeled-page file labels, if there is one. */
    public static Optional<Path> htmlOf(Path tsv) {
        String name = tsv.getFileName().toString();
        if (!name.endsWith(".tsv")) {
            return Optional.empty();
        }
        Path html = tsv.resolveSibling(name.substring(0, name.length() - 4) + ".html");
        return Files.isRegularFile(html) ? Optional.of(html) : Optional.empty();
    }

    /** Reads a labeled page, from its HTML when it has one. */
    public static GoldPage read(Path tsv, DocumentReader reader) throws IOException {
        return read(tsv, reader, bytes -> { });
    }

    /**
     * Reads a labeled page, from its HTML when it has one, handing each file's bytes to
     * {@code sources} as it is read (labels first, then HTML), so that a caller can hash the
     * data without reading it twice.
     */
    public static GoldPage read(Path tsv, DocumentReader reader, Consumer<byte[]> sources) throws IOException {
        GoldPage text = readText(tsv, sources);
        Optional<Path> html = htmlOf(tsv);
        if (html.isEmpty()) {
            return text;
        }
        byte[] bytes = Files.readAllBytes(html.get());
        sources.accept(bytes);
        Page page = reader.read(bytes, tsv.toString(), html.get().getFileName().toString());
        return withMarkup(text, page, tsv.toString());
    }

    /** Reads a labeled-page file as the plain-text page it spells out, whether or not it labels HTML. */
    public static GoldPage readText(Path tsv, Consumer<byte[]> sources) throws IOException {
        byte[] labels = Files.readAllBytes(tsv);
        sources.accept(labels);
        return LabeledPageFormat.parse(new String(labels, StandardCharsets.UTF_8), tsv.toString());
    }

    /** Pairs the labels of a labeled-page file with the same lines read from markup. */
    static GoldPage withMarkup(GoldPage labeled, Page markup, String source) {
        List<Line> content = new ArrayList<>();
        List<Optional<Label>> labels = new ArrayList<>();
        List<Line> marked = markup.lines();
        int k = 0;
        for (int i = 0; i < labeled.page().lines().size(); i++) {
            if (labeled.labels().get(i).isEmpty()) {
                continue;
            }
            String expected = labeled.page().lines().get(i).text();
            if (k >= marked.size() || !marked.get(k).text().equals(expected)) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": the HTML reads '"
                        + (k < marked.size() ? marked.get(k).text() : "<end>") + "' where the labels have '" + expected + "'");
            }
            content.add(new Line(content.size() + 1, expected, marked.get(k).cues()));
            labels.add(labeled.labels().get(i));
            k++;
        }
        if (k != marked.size()) {
            throw new IllegalArgumentException(source + ": the HTML has " + marked.size() + " lines, the labels " + k);
        }
        return new GoldPage(new Page(source, markup.format(), content), labels);
    }
}
