package dev.linesift.internal.pipeline;

import dev.linesift.Label;
import dev.linesift.internal.features.ContextFeatures;
import java.util.Arrays;

/**
 * The model's class probabilities for one line, indexed by {@link Label#ordinal()}: what every
 * caller of the model (labeling, cross-validation, the benchmark) reads its decision from.
 */
public final class Prediction {
    private final double[] probabilities;

    private Prediction(double[] probabilities) {
        if (probabilities.length != Label.values().length) {
            throw new IllegalArgumentException("expected " + Label.values().length + " probabilities, got " + probabilities.length);
        }
        this.probabilities = probabilities;
    }

    /** Wraps one row of class probabilities; the array is copied. */
    public static Prediction of(double[] probabilities) {
        return new Prediction(probabilities.clone());
    }

    /** Wraps a row the caller hands over and never touches again (the model's fresh output): no copy on the hot path. */
    static Prediction owning(double[] probabilities) {
        return new Prediction(probabilities);
    }

    /** The most probable label; ties go to the label declared first, as the model was scored in training. */
    public Label best() {
        return Label.values()[ContextFeatures.argmax(probabilities)];
    }

    /** The most probable label other than {@code excluded}. */
    public Label bestExcept(Label excluded) {
        return Label.values()[ContextFeatures.argmax(probabilities, excluded.ordinal())];
    }

    /** The probability of one label, 0–1. */
    public double probability(Label label) {
        return Math.max(0.0, Math.min(1.0, probabilities[label.ordinal()]));
    }

    @Override
    public String toString() {
        return "Prediction" + Arrays.toString(probabilities);
    }
}
