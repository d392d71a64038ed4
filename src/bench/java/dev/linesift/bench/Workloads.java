package dev.linesift.bench;

import dev.linesift.internal.eval.LabeledPageFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fixed inputs the speed measurements use. */
final class Workloads {
    /** How many of the corpus's plain-text pages the plain-text measurement labels. */
    static final int TEXT_PAGES = 200;

    private Workloads() {
    }

    /** The first plain-text pages of the training corpus, as the text a scraper would hand over. */
    static List<String> textPages(Path trainingData) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(trainingData.resolve("pages"))) {
            files = s.filter(p -> p.toString().endsWith(".tsv"))
                    .filter(p -> !Files.exists(Path.of(p.toString().replace(".tsv", ".html"))))
                    .sorted().toList();
        }
        List<String> out = new ArrayList<>();
        for (Path f : files.subList(0, Math.min(TEXT_PAGES, files.size()))) {
            out.add(LabeledPageFormat.plainText(LabeledPageFormat.read(f)));
        }
        return out;
    }

    static long nonBlankLines(List<String> pages) {
        return pages.stream().flatMap(String::lines).filter(l -> !l.isBlank()).count();
    }
}
