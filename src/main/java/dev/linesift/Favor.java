package dev.linesift;

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

    /** Parses {@code precision}, {@code balanced} or {@code recall} (case-insensitive). */
    public static Favor fromCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown setting '" + code + "' (expected precision, balanced or recall)");
        }
    }

    /**
     * The label for a line's class probabilities (indexed by {@link Label#ordinal()}): article
     * when its probability reaches this setting's threshold, otherwise the most probable other
     * label; {@link #BALANCED} takes the most probable label.
     */
    Label decide(double[] probs) {
        int best = 0;
        for (int c = 1; c < probs.length; c++) {
            if (probs[c] > probs[best]) {
                best = c;
            }
        }
        if (Double.isNaN(articleThreshold)) {
            return Label.values()[best];
        }
        int article = Label.ARTICLE.ordinal();
        if (probs[article] >= articleThreshold) {
            return Label.ARTICLE;
        }
        int other = -1;
        for (int c = 0; c < probs.length; c++) {
            if (c != article && (other < 0 || probs[c] > probs[other])) {
                other = c;
            }
        }
        return Label.values()[other];
    }
}
