package dev.linesift.internal.model;

import dev.linesift.train.FeatureGroup;
import dev.linesift.train.FeatureSettings;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model file says about itself: which library and feature schema made it, for which
 * labels and languages, from which data, with which parameters and scores. Checked on load.
 * Only strings, numbers and string arrays, so that reading it needs no class beyond this one.
 */
public final class ModelManifest implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String libraryVersion;
    private final int schemaVersion;
    private final String[] labels;
    private final String[] languages;
    private final boolean lowAccuracyLanguageMode;
    private final int featureBits;
    private final String[] featureGroups;
    private final int analysedChars;
    private final String trainingDataHash;
    private final int trainingPages;
    private final int trainingLines;
    private final String[] parameters;
    private final String[] scores;

    public ModelManifest(String libraryVersion, int schemaVersion, List<String> labels, List<String> languages,
                         boolean lowAccuracyLanguageMode, FeatureSettings features, String trainingDataHash,
                         int trainingPages, int trainingLines, Map<String, String> parameters,
                         Map<String, String> scores) {
        this.libraryVersion = Objects.requireNonNull(libraryVersion);
        this.schemaVersion = schemaVersion;
        this.labels = labels.toArray(new String[0]);
        this.languages = languages.toArray(new String[0]);
        this.lowAccuracyLanguageMode = lowAccuracyLanguageMode;
        this.featureBits = features.bits();
        this.featureGroups = features.groups().stream().sorted().map(Enum::name).toArray(String[]::new);
        this.analysedChars = features.analysedChars();
        this.trainingDataHash = Objects.requireNonNull(trainingDataHash);
        this.trainingPages = trainingPages;
        this.trainingLines = trainingLines;
        this.parameters = flatten(parameters);
        this.scores = flatten(scores);
    }

    private static String[] flatten(Map<String, String> map) {
        String[] out = new String[map.size() * 2];
        int k = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            out[k++] = e.getKey();
            out[k++] = e.getValue();
        }
        return out;
    }

    private static Map<String, String> unflatten(String[] flat) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int k = 0; k + 1 < flat.length; k += 2) {
            map.put(flat[k], flat[k + 1]);
        }
        return map;
    }

    public String libraryVersion() {
        return libraryVersion;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public List<String> labels() {
        return List.of(labels);
    }

    public List<String> languages() {
        return List.of(languages);
    }

    public boolean lowAccuracyLanguageMode() {
        return lowAccuracyLanguageMode;
    }

    /** The feature settings the model was trained with; prediction must use the same. */
    public FeatureSettings featureSettings() {
        EnumSet<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
        for (String g : featureGroups) {
            groups.add(FeatureGroup.valueOf(g));
        }
        return new FeatureSettings(featureBits, groups, analysedChars);
    }

    public String trainingDataHash() {
        return trainingDataHash;
    }

    public int trainingPages() {
        return trainingPages;
    }

    public int trainingLines() {
        return trainingLines;
    }

    public Map<String, String> parameters() {
        return unflatten(parameters);
    }

    public Map<String, String> scores() {
        return unflatten(scores);
    }

    /** A copy with the given scores, for adding evaluation results after training. */
    public ModelManifest withScores(Map<String, String> newScores) {
        return new ModelManifest(libraryVersion, schemaVersion, labels(), languages(), lowAccuracyLanguageMode,
                featureSettings(), trainingDataHash, trainingPages, trainingLines, parameters(), newScores);
    }

    @Override
    public String toString() {
        return "ModelManifest[library=" + libraryVersion + ", schema=" + schemaVersion + ", labels="
                + Arrays.toString(labels) + ", languages=" + Arrays.toString(languages) + ", data=" + trainingDataHash + "]";
    }
}
