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

/** Scores a detector against labeled pages. */
public final class Evaluator {
    private final LineSift sift;
    private final DocumentReader reader;

    /** An evaluator of {@code sift}, which reads the pages with its own limits. */
    public Evaluator(LineSift sift) {
        this.sift = Objects.requireNonNull(sift, "sift");
        this.reader = ApiAccess.get().pipeline(sift).reader();
    }

    /** How one page scored. */
    public record PageResult(String source, Scores scores) {
    }

    /** Scores over all pages, and per page. */
    public record Result(Scores total, List<PageResult> pages) {
    }

    /** Every labeled-page file ({@code .tsv}) below a directory, or the file itself. */
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

    /** Scores labeled pages ({@code .tsv}), each read from its HTML when it labels one. */
    public Result evaluate(List<Path> files) throws IOException {
        return evaluate(files, false);
    }

    /**
     * Scores labeled pages; with {@code textForm} every page is read from its labels as plain
     * text, also where they label an HTML page, as a scraper or a crawl's WET record gives it.
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
