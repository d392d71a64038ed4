package dev.linesift;

import dev.linesift.internal.language.LanguageIdentifier;
import dev.linesift.internal.model.LineModel;
import dev.linesift.internal.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Configures a {@link LineSift}. Not thread-safe; the detector it builds is. */
public final class LineSiftBuilder {
    Set<Language> languages;
    Boolean highAccuracy;
    Path modelPath;
    Model model;
    Limits limits = Limits.DEFAULT;
    Favor favor = Favor.BALANCED;

    LineSiftBuilder() {
    }

    /**
     * The languages to tell lines apart by (at least two); default the model's (for the
     * embedded model {@link LineSift#DEFAULT_LANGUAGES}). Another set than the model's works, with a
     * {@linkplain LineSift#warnings() warning}: the language features then see other values than in training.
     *
     * @param languages at least two languages, not {@link Language#UNKNOWN}; copied
     * @return this builder
     * @throws IllegalArgumentException if fewer than two languages are given, or {@code UNKNOWN} is among them
     */
    public LineSiftBuilder languages(Set<Language> languages) {
        Objects.requireNonNull(languages, "languages");
        if (languages.contains(Language.UNKNOWN)) {
            throw new IllegalArgumentException("UNKNOWN is not a detectable language");
        }
        if (languages.size() < 2) {
            throw new IllegalArgumentException("at least two languages are needed, got " + languages);
        }
        this.languages = Set.copyOf(languages);
        return this;
    }

    /**
     * The languages by ISO 639-1 code, as {@link #languages(Set)}.
     *
     * @param codes at least two codes, e.g. {@code "en", "nb", "sv"}; see {@link Language#fromCode(String)}
     * @return this builder
     * @throws IllegalArgumentException for an unknown code, or fewer than two distinct languages
     */
    public LineSiftBuilder languages(String... codes) {
        EnumSet<Language> set = EnumSet.noneOf(Language.class);
        for (String code : codes) {
            set.add(Language.fromCode(code));
        }
        return languages(set);
    }

    /**
     * Lingua's high-accuracy mode: better on short lines, several times slower and about
     * 280 MB more memory. Default: as the model was trained (the embedded model: off). A
     * setting other than the model's works, with a {@linkplain LineSift#warnings() warning}.
     *
     * @param on {@code true} for high accuracy, {@code false} for Lingua's low-accuracy mode
     * @return this builder
     */
    public LineSiftBuilder highAccuracyLanguageDetection(boolean on) {
        this.highAccuracy = on;
        return this;
    }

    /**
     * A model file to use instead of the embedded one; it is read when the detector is built.
     * Replaces any model set before.
     *
     * @param modelFile a file written by {@code linesift train} or {@link Model#write(Path)}
     * @return this builder
     */
    public LineSiftBuilder model(Path modelFile) {
        this.modelPath = Objects.requireNonNull(modelFile, "modelFile");
        this.model = null;
        return this;
    }

    /**
     * A model already in memory (for example one just trained, or read once and shared).
     * Replaces any model file set before.
     *
     * @param model the model to use
     * @return this builder
     */
    public LineSiftBuilder model(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.modelPath = null;
        return this;
    }

    /**
     * Trades article recall for precision or back: {@link Favor#PRECISION} keeps a line as
     * article only where the model is sure, {@link Favor#RECALL} wherever it is plausible.
     * Default {@link Favor#BALANCED}, the model's most probable label.
     *
     * @param favor the trade-off to make
     * @return this builder
     */
    public LineSiftBuilder favor(Favor favor) {
        this.favor = Objects.requireNonNull(favor, "favor");
        return this;
    }

    /**
     * Bounds on the work done per document; default {@link Limits#DEFAULT}.
     *
     * @param limits the bounds to apply
     * @return this builder
     */
    public LineSiftBuilder limits(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        return this;
    }

    /**
     * Builds the detector, loading the line model and the language models; this takes a
     * moment, so build once and share the result.
     *
     * @return a new, thread-safe detector
     * @throws LineSiftException with reason {@code BAD_MODEL} if the model cannot be loaded
     */
    public LineSift build() {
        Model m = model != null ? model : modelPath != null ? Model.read(modelPath) : Model.embedded();
        ModelInfo info = m.info();
        // Unless told otherwise, detect as the model was trained: the language features compare
        // a line's language with the page's, and another set or mode shifts what they see.
        Set<Language> detected = languages != null ? languages : info.languages();
        boolean high = highAccuracy != null ? highAccuracy : info.highAccuracyLanguageDetection();
        LineModel lineModel = m.lineModel();
        LanguageIdentifier identifier = LanguageIdentifier.of(detected, !high, lineModel.manifest().featureSettings().analysedChars());
        Pipeline pipeline = Pipeline.labeling(lineModel, identifier, limits);
        List<String> warnings = pipeline.detectorMismatch().stream().toList();
        warnings.forEach(w -> System.getLogger(LineSift.class.getName()).log(System.Logger.Level.WARNING, w));
        return new LineSift(m, pipeline, favor, warnings);
    }
}
