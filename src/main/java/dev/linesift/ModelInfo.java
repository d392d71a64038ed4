package dev.linesift;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a model file says about itself: which linesift and feature schema made it, for which
 * labels and languages, from which training data, with which parameters and scores.
 *
 * @param libraryVersion  the linesift version that trained it
 * @param schemaVersion   the version of the feature definitions; a model of another version is refused
 * @param labels          the labels it predicts, in order
 * @param languages       the languages its language detector told apart in training; labeling
 *                        with another set changes the language features (see {@link LineSift#warnings()})
 * @param highAccuracyLanguageDetection whether Lingua's high-accuracy mode was on in training
 * @param featureGroups   the feature groups it uses, by name
 * @param trainingDataHash SHA-256 of the training data's files, {@code sha256:...}
 * @param trainingPages   pages it was trained on
 * @param trainingLines   labeled lines it was trained on
 * @param parameters      training parameters, by name
 * @param scores          evaluation scores recorded at training time, by name
 */
public record ModelInfo(String libraryVersion, int schemaVersion, List<Label> labels, Set<Language> languages,
                        boolean highAccuracyLanguageDetection, List<String> featureGroups, String trainingDataHash,
                        int trainingPages, int trainingLines, Map<String, String> parameters,
                        Map<String, String> scores) {
    /**
     * Copies every collection; rejects nulls.
     *
     * @param libraryVersion  the linesift version that trained the model
     * @param schemaVersion   the version of the feature definitions
     * @param labels          the labels it predicts, in order
     * @param languages       the languages its language detector told apart in training
     * @param highAccuracyLanguageDetection whether Lingua's high-accuracy mode was on in training
     * @param featureGroups   the feature groups it uses, by name
     * @param trainingDataHash SHA-256 of the training data's files, {@code sha256:...}
     * @param trainingPages   pages it was trained on
     * @param trainingLines   labeled lines it was trained on
     * @param parameters      training parameters, by name
     * @param scores          evaluation scores recorded at training time, by name
     * @throws NullPointerException if a string or collection, or an element of one, is {@code null}
     */
    public ModelInfo {
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(trainingDataHash, "trainingDataHash");
        labels = List.copyOf(labels);
        languages = Set.copyOf(languages);
        featureGroups = List.copyOf(featureGroups);
        parameters = Map.copyOf(parameters);
        scores = Map.copyOf(scores);
    }
}
