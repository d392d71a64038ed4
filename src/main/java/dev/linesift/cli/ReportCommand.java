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

    @Option(names = "--only-family", description = "Only the leave-one-site-family-out cross-validation.")
    boolean onlyFamily;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        String command = "java -jar target/linesift.jar report" + (ablation ? "" : " --no-ablation") + (onlyFamily ? " --only-family" : "");
        ReportRun.Settings settings = new ReportRun.Settings(true, !onlyFamily, ablation, Optional.of(examples));
        String md = ReportRun.run(data, TrainingOptions.DEFAULT, settings, command, err::println);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.writeString(out, md, StandardCharsets.UTF_8);
        err.println("wrote " + out);
        return 0;
    }
}
