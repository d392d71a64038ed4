package dev.linesift;

import dev.linesift.internal.pipeline.Prediction;
import java.util.Locale;

/**
 * Which error a caller would rather make on the article: keep boilerplate or lose story text.
 * One setting, a threshold on the model's article probability; the other three labels keep
 * their order among themselves.
 */
public enum Favor {
    /** Article only where the model is sure (probability ≥ 0.8): less boilerplate, some story lost. */
    PRECISION(0.8),
    /** The most probable label, as the model was trained: the default. */
    BALANCED(Double.NaN),
    /** Article wherever the model gives it a fair chance (probability ≥ 0.2): more story, more boilerplate. */
    RECALL(0.2);

    private final double articleThreshold;

    Favor(double articleThreshold) {
        this.articleThreshold = articleThreshold;
    }

    /**
     * Parses a setting's name as a user would type it.
     *
     * @param code {@code precision}, {@code balanced} or {@code recall} (case-insensitive,
     *             surrounding white space ignored), not {@code null}
     * @return the setting the code names
     * @throws IllegalArgumentException for any other code
     */
    public static Favor fromCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown setting '" + code + "' (expected precision, balanced or recall)");
        }
    }

    /**
     * The label for a line's prediction: article when its probability reaches this setting's
     * threshold, otherwise the most probable other label; {@link #BALANCED} takes the most
     * probable label.
     */
    Label decide(Prediction prediction) {
        if (Double.isNaN(articleThreshold)) {
            return prediction.best();
        }
        return prediction.probability(Label.ARTICLE) >= articleThreshold ? Label.ARTICLE : prediction.bestExcept(Label.ARTICLE);
    }

    /** The same for class probabilities indexed by {@link Label#ordinal()}. */
    Label decide(double[] probs) {
        return decide(Prediction.of(probs));
    }
}
