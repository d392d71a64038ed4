package dev.linesift.cli;

import dev.linesift.train.ReportRun;
import dev.linesift.train.TrainingOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the evaluation report of the training data: grouped cross-validation by site family and",
                "by interface language, the example pages when present, and a feature-group ablation."})
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", defaultValue = "training-data", paramLabel = "DIR", description = "Training data (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "models/report.md", paramLabel = "FILE", description = "Report file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--examples", defaultValue = "../shared/examples", paramLabel = "DIR",
            description = "Labeled example pages to score, never trained on (default: ${DEFAULT-VALUE}).")
    Path examples;

    @Option(names = "--ablation", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Include the feature-group ablation (it retrains many times); --no-ablation skips it.")
    boolean ablation;

    @Option(names = "--only-family", description = "Only the cross-validation by site family.")
    boolean onlyFamily;

    @Option(names = "--folds", defaultValue = "0", paramLabel = "K",
            description = "Deal the groups into K folds instead of holding out one group at a time (default: ${DEFAULT-VALUE}, one group at a time).")
    int folds;

    @Option(names = "--ablation-folds", defaultValue = "6", paramLabel = "K",
            description = "Grouped folds for the ablation (default: ${DEFAULT-VALUE}).")
    int ablationFolds;

    @Option(names = "--lambda", paramLabel = "L", description = "Regularisation of stage one (default: ${DEFAULT-VALUE}).")
    double lambda = TrainingOptions.DEFAULT.lambda();

    @Option(names = "--context-lambda", paramLabel = "L", description = "Regularisation of the context stage (default: ${DEFAULT-VALUE}).")
    double contextLambda = TrainingOptions.DEFAULT.contextLambda();

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        String command = "java -jar target/linesift.jar report" + (ablation ? "" : " --no-ablation") + (onlyFamily ? " --only-family" : "")
                + (folds > 0 ? " --folds " + folds : "");
        ReportRun.Settings settings = new ReportRun.Settings(true, !onlyFamily, ablation, Optional.of(examples), folds, ablationFolds);
        String md = ReportRun.run(data, TrainingOptions.DEFAULT.withLambda(lambda, contextLambda), settings, command, err::println);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, md, StandardCharsets.UTF_8);
        err.println("wrote " + out);
        return 0;
    }
}
