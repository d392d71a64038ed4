package dev.linesift.internal.cli;

import dev.linesift.LineSift;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of a batch command and whether to show progress. */
final class BatchOptions {
    @Option(names = {"-q", "--quiet"}, description = "No progress bar, and no summary line per crawl archive.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Inputs labeled at once; "
            + "0 (default) is one per core. Output stays in input order.")
    int threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read, or - for standard input; WARC and WET crawl archives give one "
            + "document per page they hold.")
    List<String> paths;

    /** Expands the paths, builds the detector and labels every input through the printer made for them. */
    int run(CommandSpec spec, DetectorOptions detector, Function<List<Inputs.Input>, Batch.Printer> printer) {
        if (threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 (one per core) or more: " + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Inputs.Input> inputs = Inputs.expand(paths);
        try (LineSift sift = detector.build()) {
            return Batch.run(sift, inputs, detector.format(), out, spec.commandLine().getErr(), quiet,
                    printer.apply(inputs), threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        }
    }
}
