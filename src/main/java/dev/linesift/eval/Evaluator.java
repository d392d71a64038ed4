package dev.linesift.eval;

import dev.linesift.internal.eval.GoldPage;
import dev.linesift.internal.eval.GoldPages;

import dev.linesift.Label;
import dev.linesift.LabeledLine;
import dev.linesift.LabeledPage;
import dev.linesift.LineSift;
import dev.linesift.internal.input.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import dev.linesift.internal.ApiAccess;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores a detector against labeled pages. A labeled page is a {@code .tsv} file in the labeling
 * guide's format: one file line per page line, {@code <label>TAB<text>}, and an empty file line
 * for a blank page line. When an {@code .html} file of the same name sits next to it, the page
 * is read from that HTML, whose lines must match the labeled ones. Keeps no state between calls:
 * one evaluator can be used from several threads, as its detector can.
 */
public final class Evaluator {
    private final LineSift sift;
    private final DocumentReader reader;

    /**
     * An evaluator of {@code sift}, which reads the pages with its own limits.
     *
     * @param sift the detector to score, with its model, languages and {@link dev.linesift.Favor}
     */
    public Evaluator(LineSift sift) {
        this.sift = Objects.requireNonNull(sift, "sift");
        this.reader = ApiAccess.get().pipeline(sift).reader();
    }

    /**
     * How one page scored.
     *
     * @param source the labeled-page file, as a path string
     * @param scores the page's line scores
     */
    public record PageResult(String source, Scores scores) {
    }

    /**
     * Scores over all pages, and per page.
     *
     * @param total the scores summed over all pages
     * @param pages each page's scores, in the order the files were given
     */
    public record Result(Scores total, List<PageResult> pages) {
    }

    /**
     * Finds labeled pages: every {@code .tsv} file below a directory, at any depth, except
     * {@code manifest.tsv} files; or the file itself, whatever its name.
     *
     * @param dirOrFile a directory to search, or one labeled-page file
     * @return the files, sorted by path; empty when the directory holds none
     * @throws IOException if {@code dirOrFile} does not exist or cannot be walked
     */
    public static List<Path> labeledFiles(Path dirOrFile) throws IOException {
        if (Files.isRegularFile(dirOrFile)) {
            return List.of(dirOrFile);
        }
        try (Stream<Path> walk = Files.walk(dirOrFile)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tsv")
                    && !p.getFileName().toString().equals("manifest.tsv")).sorted().toList();
        }
    }

    /**
     * Labels the page (its plain text, or its HTML when the labeled page has one) and compares
     * each line with its gold label.
     */
    private PageResult evaluate(GoldPage gold) {
        List<LabeledLine> lines = new ArrayList<>();
        ApiAccess.get().label(sift, gold.page(), lines::add);
        Scores scores = new Scores();
        int k = 0;
        for (int i = 0; i < gold.labels().size(); i++) {
            if (gold.labels().get(i).isEmpty()) {
                continue;
            }
            Label g = gold.labels().get(i).get();
            LabeledLine p = lines.get(k++);
            if (p.number() != i + 1) {
                throw new IllegalStateException(gold.page().source() + ": line numbering differs at line " + (i + 1));
            }
            scores.add(g, p.label(), p.confidence());
        }
        return new PageResult(gold.page().source(), scores);
    }

    /**
     * Scores labeled pages ({@code .tsv}), each read from its HTML when it labels one.
     *
     * @param files labeled-page files, e.g. from {@link #labeledFiles(Path)}
     * @return the scores over all pages and per page
     * @throws IOException              if a file cannot be read
     * @throws IllegalArgumentException if a labeled page is malformed, or its HTML does not read
     *                                  as the same lines as its labels
     * @throws dev.linesift.LineSiftException if a page's HTML cannot be read
     */
    public Result evaluate(List<Path> files) throws IOException {
        return evaluate(files, false);
    }

    /**
     * Scores labeled pages; with {@code textForm} every page is read from its labels as plain
     * text, also where they label an HTML page, as a scraper or a crawl's WET record gives it.
     *
     * @param files    labeled-page files, e.g. from {@link #labeledFiles(Path)}
     * @param textForm {@code true} to ignore any HTML and label each page's text as plain text
     * @return the scores over all pages and per page
     * @throws IOException              if a file cannot be read
     * @throws IllegalArgumentException if a labeled page is malformed, or its HTML does not read
     *                                  as the same lines as its labels
     * @throws dev.linesift.LineSiftException if a page's HTML cannot be read
     */
    public Result evaluate(List<Path> files, boolean textForm) throws IOException {
        Scores total = new Scores();
        List<PageResult> pages = new ArrayList<>();
        for (Path f : files) {
            PageResult r = evaluate(textForm ? GoldPages.readText(f, bytes -> { }) : GoldPages.read(f, reader));
            pages.add(r);
            total.addAll(r.scores());
        }
        return new Result(total, pages);
    }
}
