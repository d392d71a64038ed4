package dev.linesift.train;

import dev.linesift.Language;
import dev.linesift.LineSift;
import dev.linesift.train.FeatureSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that decides what a training run produces. With the same data and options the
 * result is the same model.
 *
 * @param features       how features are made
 * @param languages      languages the language detector tells apart
 * @param lowAccuracy    Lingua's low-accuracy mode (must match how the model will be used)
 * @param lambda         L2 regularisation of the first stage (Smile Maxent's lambda)
 * @param contextLambda  L2 regularisation of the context stage
 * @param maxIterations  L-BFGS iterations at most, per fit
 * @param stackingFolds  folds, grouped by site family, for the out-of-fold first-stage
 *                       predictions the context stage learns from; 0 turns the context stage off
 * @param seed           seed for assigning families to folds
 * @param wordBlindCopies whether stage one also learns from a copy of every HTML page's lines
 *                       with the word features left out. On real pages, reader comments and
 *                       other stories' summaries read like the story; the copies make markup,
 *                       shape and position carry weight of their own instead of leaning on the
 *                       words. Text pages get no copy: there the words are most of the signal.
 * @param classBlindCopies whether stage one also learns from a copy of every HTML page's lines
 *                       with the class, id and role tokens left out, so that no site's class
 *                       vocabulary is needed to find its article
 */
public record TrainingOptions(FeatureSettings features, Set<Language> languages, boolean lowAccuracy, double lambda,
                              double contextLambda, int maxIterations, int stackingFolds, long seed,
                              boolean wordBlindCopies, boolean classBlindCopies) {

    public static final TrainingOptions DEFAULT = new TrainingOptions(FeatureSettings.DEFAULT,
            LineSift.DEFAULT_LANGUAGES, true, 3.0, 10.0, 150, 3, 20261127L, true, true);

    public TrainingOptions {
        Objects.requireNonNull(features, "features");
        languages = Set.copyOf(languages);
        if (languages.size() < 2 || languages.contains(Language.UNKNOWN)) {
            throw new IllegalArgumentException("at least two known languages are needed: " + languages);
        }
        if (!(lambda > 0) || !(contextLambda > 0)) {
            throw new IllegalArgumentException("lambda must be positive");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be positive");
        }
        if (stackingFolds < 0 || stackingFolds == 1) {
            throw new IllegalArgumentException("stackingFolds must be 0 (off) or at least 2");
        }
    }

    public TrainingOptions withFeatures(FeatureSettings f) {
        return new TrainingOptions(f, languages, lowAccuracy, lambda, contextLambda, maxIterations, stackingFolds, seed, wordBlindCopies, classBlindCopies);
    }

    public TrainingOptions withLambda(double l1, double l2) {
        return new TrainingOptions(features, languages, lowAccuracy, l1, l2, maxIterations, stackingFolds, seed, wordBlindCopies, classBlindCopies);
    }

    public TrainingOptions withStackingFolds(int folds) {
        return new TrainingOptions(features, languages, lowAccuracy, lambda, contextLambda, maxIterations, folds, seed, wordBlindCopies, classBlindCopies);
    }

    public TrainingOptions withWordBlindCopies(boolean on) {
        return new TrainingOptions(features, languages, lowAccuracy, lambda, contextLambda, maxIterations, stackingFolds, seed, on, classBlindCopies);
    }

    public TrainingOptions withClassBlindCopies(boolean on) {
        return new TrainingOptions(features, languages, lowAccuracy, lambda, contextLambda, maxIterations, stackingFolds, seed, wordBlindCopies, on);
    }

    /** The options as manifest parameters. */
    public Map<String, String> asParameters() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("classifier", "smile Maxent.Multinomial (L-BFGS), two stages");
        m.put("lambda", Double.toString(lambda));
        m.put("contextLambda", Double.toString(contextLambda));
        m.put("maxIterations", Integer.toString(maxIterations));
        m.put("stackingFolds", Integer.toString(stackingFolds));
        m.put("seed", Long.toString(seed));
        m.put("wordBlindCopies", Boolean.toString(wordBlindCopies));
        m.put("classBlindCopies", Boolean.toString(classBlindCopies));
        m.put("featureGroups", features.groups().stream().sorted().map(Enum::name).toList().toString());
        m.put("featureBits", Integer.toString(features.bits()));
        m.put("analysedChars", Integer.toString(features.analysedChars()));
        return m;
    }
}
