package dev.linesift.internal.cli;

import dev.linesift.train.ReportRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the evaluation report of the training data: grouped cross-validation by site family and",
                "by interface language, the example pages when present, and a feature-group ablation."})
final class ReportCommand extends TrainingCommand {
    private static final int DEFAULT_ABLATION_FOLDS = 3;

    @Option(names = "--out", defaultValue = "models/report.md", paramLabel = "FILE", description = "Report file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--notes", defaultValue = "models/report-notes.md", paramLabel = "FILE",
            description = "Hand-written analysis appended to the report when the file exists (default: ${DEFAULT-VALUE}).")
    Path notes;

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

    @Option(names = "--ablation-folds", defaultValue = "" + DEFAULT_ABLATION_FOLDS, paramLabel = "K",
            description = "Grouped folds for the ablation (default: ${DEFAULT-VALUE}).")
    int ablationFolds;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        String command = "java -jar target/linesift.jar report" + (ablation ? "" : " --no-ablation") + (onlyFamily ? " --only-family" : "")
                + (folds > 0 ? " --folds " + folds : "")
                + (ablation && ablationFolds != DEFAULT_ABLATION_FOLDS ? " --ablation-folds " + ablationFolds : "");
        ReportRun.Settings settings = new ReportRun.Settings(true, !onlyFamily, ablation, Optional.of(examples), folds, ablationFolds);
        String md = ReportRun.run(training.data, training.options(), settings, command, err::println);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        if (Files.isRegularFile(notes)) {
            md = md + "\n" + Files.readString(notes, StandardCharsets.UTF_8);
        }
        Files.writeString(out, md, StandardCharsets.UTF_8);
        err.println("wrote " + out);
        return 0;
    }
}
