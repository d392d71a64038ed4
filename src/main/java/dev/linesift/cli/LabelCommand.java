package dev.linesift.cli;

import dev.linesift.LabeledLine;
import dev.linesift.LineSift;
import dev.linesift.eval.LabeledPageFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Labels every non-blank line of each input.",
                "jsonl (default): one object per line: source, line, text, label, confidence, language.",
                "tsv: the labeled-page format (label TAB text, blank lines kept); with several inputs each page "
                        + "is preceded by a line '==> SOURCE <=='."})
final class LabelCommand implements Callable<Integer> {
    enum Format { jsonl, tsv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DetectorOptions detector = new DetectorOptions();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read, or - for standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Inputs.Input> inputs = Inputs.expand(paths);
        try (LineSift sift = detector.build()) {
            return Batch.run(sift, inputs, out, err, quiet, (input, page) -> {
                if (format == Format.tsv) {
                    if (inputs.size() > 1) {
                        out.print("==> " + input.source() + " <==\n");
                    }
                    out.print(LabeledPageFormat.format(page));
                    return;
                }
                for (LabeledLine l : page.lines()) {
                    Json.line(out, g -> {
                        g.writeStringField("source", input.source());
                        g.writeNumberField("line", l.number());
                        g.writeStringField("text", l.text());
                        g.writeStringField("label", l.label().code());
                        g.writeNumberField("confidence", Math.round(l.confidence() * 10000) / 10000.0);
                        g.writeStringField("language", l.language().code());
                    });
                }
            });
        }
    }
}
