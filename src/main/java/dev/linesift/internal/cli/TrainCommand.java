package dev.linesift.internal.cli;

import dev.linesift.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the line model from labeled pages and writes it, with its manifest and a training report, to the output directory.",
                "The same trainer runs in the build: mvn -Ptrain package."})
final class TrainCommand extends TrainingCommand {
    @Option(names = "--out", defaultValue = "models", paramLabel = "DIR", description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--install-to", paramLabel = "DIR", description = "Also copy the model here (the build uses this to package it).")
    List<Path> installTo = new ArrayList<>();

    @Option(names = "--exclude-family", split = ",", paramLabel = "FAMILY",
            description = "Leave these site families out of training, to score them afterwards as held-out pages.")
    List<String> excludeFamilies = new ArrayList<>();

    @Option(names = "--validation-folds", defaultValue = "3", paramLabel = "K",
            description = "Before training, score the options over K folds of whole site families and write them to "
                    + "training-report.md (default: ${DEFAULT-VALUE}; 0 skips it).")
    int validationFolds;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        TrainingRun.run(training.data, out, installTo, training.options(), new HashSet<>(excludeFamilies),
                validationFolds, err::println);
        return 0;
    }
}
