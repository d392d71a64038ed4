package dev.linesift.internal.pipeline;

import dev.linesift.Label;
import dev.linesift.Language;
import dev.linesift.Limits;
import dev.linesift.internal.features.ContentLines;
import dev.linesift.internal.features.FeatureExtractor;
import dev.linesift.internal.features.PageFeatures;
import dev.linesift.internal.input.DocumentReader;
import dev.linesift.internal.language.LanguageIdentifier;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.model.LineModel;
import dev.linesift.internal.model.ModelManifest;
import dev.linesift.train.FeatureSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * read → lines → language → features → predict. Labeling, training, cross-validation and the
 * benchmark's stage timer all run these steps through this one object, so that what a model is
 * trained on and what it later sees are made by the same code. Immutable and thread-safe; the
 * stage listener is per call.
 */
public final class Pipeline implements AutoCloseable {
    /** The steps, in order, as a {@link StageListener} hears of them. */
    public enum Stage {
        /** Bytes to numbered lines with markup cues. */
        READ,
        /** Each content line's language and the page's dominant one. */
        LANGUAGE,
        /** Stage-one features of every content line. */
        FEATURES,
        /** Both model stages. */
        PREDICT
    }

    /** Hears how long each step took; for timing, never for results. */
    @FunctionalInterface
    public interface StageListener {
        /** Listens to nothing. */
        StageListener NONE = (stage, nanos) -> { };

        /** Called after each step of each page (or segment). */
        void stageDone(Stage stage, long nanos);
    }

    /** One labeled content line: the line, its language and the model's prediction. */
    public record Labeled(Line line, Language language, Prediction prediction) {
    }

    private final DocumentReader reader;
    private final LanguageIdentifier languages;
    private final LinePreparer preparer;
    private final FeatureExtractor extractor;
    private final Limits limits;
    private final LineModel model;

    private Pipeline(DocumentReader reader, LanguageIdentifier languages, FeatureSettings features, Limits limits,
                     LineModel model) {
        this.reader = reader;
        this.languages = languages;
        this.preparer = new LinePreparer(languages);
        this.extractor = new FeatureExtractor(features);
        this.limits = limits;
        this.model = model;
    }

    /**
     * A pipeline that labels with {@code model}, detecting languages with {@code languages}; the
     * features are made as the model's manifest says they were made in training.
     */
    public static Pipeline labeling(LineModel model, LanguageIdentifier languages, Limits limits) {
        Objects.requireNonNull(model, "model");
        return new Pipeline(new DocumentReader(limits), languages, model.manifest().featureSettings(), limits, model);
    }

    /** A pipeline that prepares training pages: no model, so {@link #predict} is not available. */
    public static Pipeline training(LanguageIdentifier languages, FeatureSettings features) {
        return new Pipeline(new DocumentReader(Limits.DEFAULT), languages, features, Limits.DEFAULT, null);
    }

    /** The same steps ending in another model (made with the same feature settings), e.g. a fold's. */
    public Pipeline withModel(LineModel other) {
        if (!other.manifest().featureSettings().equals(extractor.settings())) {
            throw new IllegalArgumentException("the model's features " + other.manifest().featureSettings()
                    + " differ from this pipeline's " + extractor.settings());
        }
        return new Pipeline(reader, languages, extractor.settings(), limits, other);
    }

    /**
     * How the detector differs from the one the model was trained with, if it does: another
     * language set or detection mode gives the language features other values than in training.
     */
    public Optional<String> detectorMismatch() {
        if (model == null) {
            return Optional.empty();
        }
        ModelManifest m = model.manifest();
        List<String> mine = languages.languages().stream().map(Language::code).sorted().toList();
        List<String> trained = m.languages().stream().sorted().toList();
        List<String> problems = new ArrayList<>();
        if (!mine.equals(trained)) {
            problems.add("languages " + mine + " but the model was trained with " + trained);
        }
        if (languages.lowAccuracy() != m.lowAccuracyLanguageMode()) {
            problems.add((languages.lowAccuracy() ? "low" : "high") + "-accuracy language detection but the model was trained with "
                    + (m.lowAccuracyLanguageMode() ? "low" : "high") + "-accuracy");
        }
        return problems.isEmpty() ? Optional.empty()
                : Optional.of("the language detector uses " + String.join(", and ", problems) + "; labels may be worse");
    }

    /** The reader (step one) with this pipeline's limits. */
    public DocumentReader reader() {
        return reader;
    }

    public LanguageIdentifier languages() {
        return languages;
    }

    public Limits limits() {
        return limits;
    }

    /** The model at the end, if this pipeline has one. */
    public Optional<LineModel> model() {
        return Optional.ofNullable(model);
    }

    /** Step two: the content lines {@code from}–{@code to} of a page with their languages. */
    public LinePreparer.Prepared prepare(List<Line> lines, int from, int to, StageListener listener) {
        long t = System.nanoTime();
        LinePreparer.Prepared prepared = preparer.prepare(lines, from, to);
        listener.stageDone(Stage.LANGUAGE, System.nanoTime() - t);
        return prepared;
    }

    /** Step two on a whole page. */
    public ContentLines prepare(Page page) {
        return prepare(page.lines(), 0, page.lines().size(), StageListener.NONE).content();
    }

    /** Step three: stage-one features. */
    public PageFeatures features(ContentLines content, StageListener listener) {
        long t = System.nanoTime();
        PageFeatures features = extractor.extract(content);
        listener.stageDone(Stage.FEATURES, System.nanoTime() - t);
        return features;
    }

    /** Step three without a listener. */
    public PageFeatures features(ContentLines content) {
        return features(content, StageListener.NONE);
    }

    /** Step four: one prediction per content line. */
    public List<Prediction> predict(PageFeatures features, StageListener listener) {
        if (model == null) {
            throw new IllegalStateException("a training pipeline has no model");
        }
        long t = System.nanoTime();
        double[][] probs = model.predict(features);
        List<Prediction> out = new ArrayList<>(probs.length);
        for (double[] p : probs) {
            out.add(Prediction.owning(p));
        }
        listener.stageDone(Stage.PREDICT, System.nanoTime() - t);
        return out;
    }

    /** Step four without a listener. */
    public List<Prediction> predict(PageFeatures features) {
        return predict(features, StageListener.NONE);
    }

    /**
     * Steps two to four on a page already read, in segments of {@link Limits#segmentLines()}
     * lines so that memory stays bounded; each content line goes to {@code sink} in order as its
     * segment is done.
     *
     * @return the page's dominant language, over all segments
     */
    public Language label(Page page, Consumer<Labeled> sink, StageListener listener) {
        List<Line> lines = page.lines();
        Map<Language, Integer> letters = new EnumMap<>(Language.class);
        int segment = limits.segmentLines();
        for (int from = 0; from < lines.size(); from += segment) {
            int to = Math.min(lines.size(), from + segment);
            LinePreparer.Prepared prepared = prepare(lines, from, to, listener);
            prepared.letters().forEach((l, c) -> letters.merge(l, c, Integer::sum));
            if (prepared.lines().isEmpty()) {
                continue;
            }
            List<Prediction> predictions = predict(features(prepared.content(), listener), listener);
            for (int i = 0; i < predictions.size(); i++) {
                sink.accept(new Labeled(prepared.lines().get(i), prepared.content().languages().get(i), predictions.get(i)));
            }
        }
        return LanguageIdentifier.dominant(letters);
    }

    /** Reads then labels, timing the read too. */
    public Language label(java.util.function.Supplier<Page> read, Consumer<Labeled> sink, StageListener listener) {
        long t = System.nanoTime();
        Page page = read.get();
        listener.stageDone(Stage.READ, System.nanoTime() - t);
        return label(page, sink, listener);
    }

    /** The most probable label of each line, for scoring. */
    public static List<Label> best(List<Prediction> predictions) {
        return predictions.stream().map(Prediction::best).toList();
    }

    /** Stops the reader's background threads; optional, they are daemon threads. */
    @Override
    public void close() {
        reader.close();
    }
}
