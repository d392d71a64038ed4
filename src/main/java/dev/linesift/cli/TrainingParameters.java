package dev.linesift.cli;

import dev.linesift.train.TrainingOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that train: where the data is and how to regularise. */
final class TrainingParameters {
    @Option(names = "--data", defaultValue = "training-data", paramLabel = "DIR", description = "Training data (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--lambda", paramLabel = "L", description = "Regularisation of stage one (default: ${DEFAULT-VALUE}).")
    double lambda = TrainingOptions.DEFAULT.lambda();

    @Option(names = "--context-lambda", paramLabel = "L", description = "Regularisation of the context stage (default: ${DEFAULT-VALUE}).")
    double contextLambda = TrainingOptions.DEFAULT.contextLambda();

    TrainingOptions options() {
        return TrainingOptions.DEFAULT.withLambda(lambda, contextLambda);
    }
}
