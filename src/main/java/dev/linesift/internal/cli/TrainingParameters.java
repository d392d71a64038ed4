package dev.linesift.internal.cli;

import dev.linesift.train.FeatureGroup;
import dev.linesift.train.FeatureSettings;
import dev.linesift.train.TrainingOptions;
import java.util.List;
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

    @Option(names = "--class-blind-copies", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also train stage one on a copy of each HTML page without the class, id and role tokens, so that "
                    + "no site's class names are needed to find its article; only when CLASS_TOKENS is on, which it is not by default "
                    + "(default: ${DEFAULT-VALUE}).")
    boolean classBlindCopies;

    @Option(names = "--without", split = ",", paramLabel = "GROUP",
            description = "Feature groups to leave out, for an ablation: ${COMPLETION-CANDIDATES}.")
    List<FeatureGroup> without = List.of();

    @Option(names = "--with", split = ",", paramLabel = "GROUP",
            description = "Feature groups to add to the default ones (CLASS_TOKENS is off by default).")
    List<FeatureGroup> with = List.of();

    TrainingOptions options() {
        FeatureSettings features = TrainingOptions.DEFAULT.features();
        if (!with.isEmpty()) {
            java.util.EnumSet<FeatureGroup> groups = java.util.EnumSet.copyOf(with);
            groups.addAll(features.groups());
            features = new FeatureSettings(features.bits(), groups, features.analysedChars());
        }
        for (FeatureGroup g : without) {
            features = features.without(g);
        }
        return TrainingOptions.DEFAULT.withFeatures(features).withLambda(lambda, contextLambda)
                .withWordBlindCopies(wordBlindCopies).withClassBlindCopies(classBlindCopies);
    }
}
