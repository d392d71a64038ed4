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

    @Option(names = "--word-blind-copies", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also train stage one on a copy of each HTML page without the word features, so that "
                    + "markup and layout carry weight of their own (default: ${DEFAULT-VALUE}; --no-word-blind-copies turns it off).")
    boolean wordBlindCopies;

    TrainingOptions options() {
        return TrainingOptions.DEFAULT.withLambda(lambda, contextLambda).withWordBlindCopies(wordBlindCopies);
    }
}
