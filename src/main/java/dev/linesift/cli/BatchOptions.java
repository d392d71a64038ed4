package dev.linesift.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of a batch command and whether to show progress. */
final class BatchOptions {
    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read, or - for standard input.")
    List<String> paths;
}
