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

    /**
     * The defaults, as {@code linesift train} and {@code mvn -Ptrain} use them:
     * {@link FeatureSettings#DEFAULT}, the {@linkplain LineSift#DEFAULT_LANGUAGES default
     * languages} in low-accuracy mode, lambda 3 and context lambda 10, 150 iterations, 3 stacking
     * folds, word- and class-blind copies on.
     */
    public static final TrainingOptions DEFAULT = new TrainingOptions(FeatureSettings.DEFAULT,
            LineSift.DEFAULT_LANGUAGES, true, 3.0, 10.0, 150, 3, 20261127L, true, true);

    /**
     * Checks the values and copies {@code languages}.
     *
     * @param features        how features are made, not {@code null}
     * @param languages       at least two languages, not {@link Language#UNKNOWN}
     * @param lowAccuracy     Lingua's low-accuracy mode
     * @param lambda          L2 regularisation of the first stage, positive
     * @param contextLambda   L2 regularisation of the context stage, positive
     * @param maxIterations   L-BFGS iterations at most, per fit, at least 1
     * @param stackingFolds   0 (no context stage) or at least 2
     * @param seed            seed for assigning families to folds
     * @param wordBlindCopies whether stage one also learns from word-blind copies of HTML pages
     * @param classBlindCopies whether stage one also learns from class-blind copies of HTML pages
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException     if {@code features} or {@code languages} is {@code null}
     */
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

    /**
     * A copy with other feature settings.
     *
     * @param f how features are made, not {@code null}
     * @return the new options; this object is unchanged
     */
    public TrainingOptions withFeatures(FeatureSettings f) {
        return new TrainingOptions(f, languages, lowAccuracy, lambda, contextLambda, maxIterations, stackingFolds, seed, wordBlindCopies, classBlindCopies);
    }

    /**
     * A copy with other regularisation.
     *
     * @param l1 L2 regularisation of the first stage, positive (the name means stage 1, not L1)
     * @param l2 L2 regularisation of the context stage, positive
     * @return the new options; this object is unchanged
     * @throws IllegalArgumentException if either is not positive
     */
    public TrainingOptions withLambda(double l1, double l2) {
        return new TrainingOptions(features, languages, lowAccuracy, l1, l2, maxIterations, stackingFolds, seed, wordBlindCopies, classBlindCopies);
    }

    /**
     * A copy with another number of stacking folds.
     *
     * @param folds 0 to turn the context stage off, or at least 2
     * @return the new options; this object is unchanged
     * @throws IllegalArgumentException for a negative number or 1
     */
    public TrainingOptions withStackingFolds(int folds) {
        return new TrainingOptions(features, languages, lowAccuracy, lambda, contextLambda, maxIterations, folds, seed, wordBlindCopies, classBlindCopies);
    }

    /**
     * A copy with word-blind copies of the HTML pages switched on or off.
     *
     * @param on whether stage one also learns from the copies
     * @return the new options; this object is unchanged
     */
    public TrainingOptions withWordBlindCopies(boolean on) {
        return new TrainingOptions(features, languages, lowAccuracy, lambda, contextLambda, maxIterations, stackingFolds, seed, on, classBlindCopies);
    }

    /**
     * A copy with class-blind copies of the HTML pages switched on or off.
     *
     * @param on whether stage one also learns from the copies
     * @return the new options; this object is unchanged
     */
    public TrainingOptions withClassBlindCopies(boolean on) {
        return new TrainingOptions(features, languages, lowAccuracy, lambda, contextLambda, maxIterations, stackingFolds, seed, wordBlindCopies, on);
    }

    /**
     * The options as a model manifest records them ({@link dev.linesift.ModelInfo#parameters()}),
     * apart from the languages and detection mode, which the manifest keeps separately.
     *
     * @return parameter names to values, in a fixed order; a new, modifiable map
     */
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
