package dev.linesift.cli;

import dev.linesift.train.TrainingOptions;
import dev.linesift.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the line model from labeled pages and writes it, with its manifest, to the output directory.",
                "The same trainer runs in the build: mvn -Ptrain package."})
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", defaultValue = "training-data", paramLabel = "DIR", description = "Training data (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "models", paramLabel = "DIR", description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--install-to", paramLabel = "DIR", description = "Also copy the model here (the build uses this to package it).")
    List<Path> installTo = new ArrayList<>();

    @Option(names = "--exclude-family", split = ",", paramLabel = "FAMILY",
            description = "Leave these site families out of training, to score them afterwards as held-out pages.")
    List<String> excludeFamilies = new ArrayList<>();

    @Option(names = "--lambda", paramLabel = "L", description = "Regularisation of stage one (default: ${DEFAULT-VALUE}).")
    double lambda = TrainingOptions.DEFAULT.lambda();

    @Option(names = "--context-lambda", paramLabel = "L", description = "Regularisation of the context stage (default: ${DEFAULT-VALUE}).")
    double contextLambda = TrainingOptions.DEFAULT.contextLambda();

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        TrainingOptions options = TrainingOptions.DEFAULT.withLambda(lambda, contextLambda);
        TrainingRun.run(data, out, installTo, options, new java.util.HashSet<>(excludeFamilies), err::println);
        return 0;
    }
}
