package dev.linesift.internal.model;

import dev.linesift.Label;
import dev.linesift.internal.features.ContextFeatures;
import dev.linesift.internal.features.FeatureExtractor;
import dev.linesift.train.FeatureSettings;
import dev.linesift.internal.features.PageFeatures;
import java.util.Objects;
import smile.classification.Maxent;
import smile.util.IntSet;

/**
 * The trained line classifier: a first Smile maximum-entropy model over a line's own and its
 * neighbours' features, and a second one that adds the first stage's predictions for the lines
 * around it. Immutable and thread-safe.
 */
public final class LineModel {
    private final ModelManifest manifest;
    private final Maxent.Multinomial stage1;
    private final Maxent.Multinomial stage2;
    private final FeatureExtractor extractor;
    private final ContextFeatures context;

    LineModel(ModelManifest manifest, Maxent.Multinomial stage1, Maxent.Multinomial stage2) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.stage1 = Objects.requireNonNull(stage1, "stage1");
        this.stage2 = stage2;
        FeatureSettings settings = manifest.featureSettings();
        this.extractor = new FeatureExtractor(settings);
        this.context = new ContextFeatures(settings);
    }

    /** Wraps freshly trained Smile models; {@code stage2} may be null for a one-stage model. */
    public static LineModel of(ModelManifest manifest, Maxent.Multinomial stage1, Maxent.Multinomial stage2) {
        return new LineModel(manifest, stage1, stage2);
    }

    public ModelManifest manifest() {
        return manifest;
    }

    /** The feature extractor the model was trained with. */
    public FeatureExtractor extractor() {
        return extractor;
    }

    public ContextFeatures context() {
        return context;
    }

    public boolean hasContextStage() {
        return stage2 != null;
    }

    /** Class probabilities for every content line, indexed by {@link Label#ordinal()}. */
    public double[][] predict(PageFeatures page) {
        double[][] first = predictStage1(page);
        if (stage2 == null) {
            return first;
        }
        return predictStage2(page, first);
    }

    /** First-stage probabilities only. */
    public double[][] predictStage1(PageFeatures page) {
        int n = page.size();
        double[][] probs = new double[n][ContextFeatures.CLASSES];
        for (int i = 0; i < n; i++) {
            stage1.predict(page.line(i), probs[i]);
        }
        return probs;
    }

    /** Second-stage probabilities given first-stage ones. */
    public double[][] predictStage2(PageFeatures page, double[][] first) {
        int[][] x = context.extract(page, first);
        double[][] probs = new double[x.length][ContextFeatures.CLASSES];
        for (int i = 0; i < x.length; i++) {
            stage2.predict(x[i], probs[i]);
        }
        return probs;
    }

    ModelFile toFile() {
        return new ModelFile(manifest, toFloat(stage1.coefficients()), stage2 == null ? null : toFloat(stage2.coefficients()));
    }

    static LineModel fromFile(ModelFile file) {
        return new LineModel(file.manifest, toMaxent(file.stage1), file.stage2 == null ? null : toMaxent(file.stage2));
    }

    private static float[][] toFloat(double[][] w) {
        float[][] f = new float[w.length][];
        for (int i = 0; i < w.length; i++) {
            f[i] = new float[w[i].length];
            for (int j = 0; j < w[i].length; j++) {
                f[i][j] = (float) w[i][j];
            }
        }
        return f;
    }

    private static Maxent.Multinomial toMaxent(float[][] f) {
        double[][] w = new double[f.length][];
        for (int i = 0; i < f.length; i++) {
            w[i] = new double[f[i].length];
            for (int j = 0; j < f[i].length; j++) {
                w[i][j] = f[i][j];
            }
        }
        int[] classes = new int[f.length + 1];
        for (int c = 0; c < classes.length; c++) {
            classes[c] = c;
        }
        return new Maxent.Multinomial(w, 0.0, 0.0, new IntSet(classes));
    }
}
