package dev.linesift.internal.cli;

import dev.linesift.LineSift;
import dev.linesift.eval.Evaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the detector on a folder of labeled pages (.tsv, the labeling guide's format):",
                "per-label precision, recall and F1, macro-F1 and the confusion matrix.",
                "A .tsv beside an .html of the same name labels that HTML page; --input-format text scores the labels",
                "as a plain-text page instead, the form a scraper or a crawl's WET record gives."})
final class EvaluateCommand extends DetectorCommand {
    @Option(names = "--markdown", description = "Print markdown tables instead of plain text.")
    boolean markdown;

    @Option(names = "--pages", description = "Also print each page's accuracy and macro-F1.")
    boolean perPage;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories of labeled pages (walked), or labeled pages.")
    List<Path> dirs;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.exists(dir)) {
                err.println("linesift: " + dir + ": no such file or directory");
                return 1;
            }
            files.addAll(Evaluator.labeledFiles(dir));
        }
        if (files.isEmpty()) {
            err.println("linesift: " + dirs + ": no labeled pages (.tsv) found");
            return 1;
        }
        try (LineSift sift = detector.build()) {
            Evaluator.Result r;
            try {
                r = new Evaluator(sift).evaluate(files, detector.format() == dev.linesift.InputFormat.TEXT);
            } catch (IllegalArgumentException e) {
                err.println("linesift: " + Console.oneLine(e));
                return 1;
            }
            out.print(String.format(Locale.ROOT, "%d pages, %d lines%n%n", files.size(), r.total().total()));
            out.print(markdown ? r.total().toMarkdown() : r.total().toText());
            if (perPage) {
                out.print('\n');
                for (Evaluator.PageResult p : r.pages()) {
                    out.print(String.format(Locale.ROOT, "%.4f\t%.4f\t%s%n", p.scores().accuracy(), p.scores().macroF1(), p.source()));
                }
            }
            out.flush();
            return 0;
        }
    }
}
