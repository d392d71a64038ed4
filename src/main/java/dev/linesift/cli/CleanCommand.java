package dev.linesift.cli;

import dev.linesift.LineSift;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Prints the article text of each input: its article lines, in order, each unchanged.",
                "text (default): the lines; with several inputs, documents are separated by one empty line.",
                "jsonl: one object per input: source, language, text."})
final class CleanCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DetectorOptions detector = new DetectorOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
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
        boolean[] first = {true};
        try (LineSift sift = detector.build()) {
            return Batch.run(sift, inputs, out, err, quiet, (input, page) -> {
                String text = page.articleText();
                if (format == Format.jsonl) {
                    Json.line(out, g -> {
                        g.writeStringField("source", input.source());
                        g.writeStringField("language", page.dominantLanguage().code());
                        g.writeStringField("text", text);
                    });
                    return;
                }
                if (!first[0]) {
                    out.print('\n');
                }
                first[0] = false;
                if (!text.isEmpty()) {
                    out.print(text);
                    out.print('\n');
                }
            });
        }
    }
}
