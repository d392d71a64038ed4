package dev.linesift;

import dev.linesift.internal.model.LineModel;
import dev.linesift.internal.model.ModelIO;
import dev.linesift.internal.model.ModelManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A trained line model: the embedded default, a file written by {@code linesift train}, or one
 * just trained. Opaque: what it holds is described by {@link #info()}, and it is used by
 * handing it to {@link dev.linesift.LineSiftBuilder#model(Model)}. Immutable and thread-safe.
 *
 * <p>Model files are checked on load: the feature-schema version, the labels and the weights'
 * shape must match this linesift, and reading creates no class beyond an allow-list.
 */
public final class Model {
    private final LineModel model;
    private final ModelInfo info;

    Model(LineModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.info = infoOf(model.manifest());
    }

    /**
     * The model embedded in the library jar. Each call reads and checks it anew: keep the result
     * and share it rather than calling this per document.
     *
     * @return the embedded model
     * @throws LineSiftException with reason {@code BAD_MODEL} if the jar holds no usable model
     */
    public static Model embedded() {
        return new Model(ModelIO.readDefault());
    }

    /**
     * Reads a model file.
     *
     * @param file a file written by {@code linesift train} or {@link #write(Path)}
     * @return the model
     * @throws LineSiftException with reason {@code BAD_MODEL} if it is missing, damaged, or made
     *                           by an incompatible linesift
     */
    public static Model read(Path file) {
        return new Model(ModelIO.read(file));
    }

    /**
     * Reads a model from a stream, which is not closed.
     *
     * @param in     the model file's bytes
     * @param source names the model in errors
     * @return the model
     * @throws LineSiftException with reason {@code BAD_MODEL} if the bytes are not a model this
     *                           linesift can use
     */
    public static Model read(InputStream in, String source) {
        return new Model(ModelIO.read(in, source));
    }

    /**
     * Writes the model to a file (atomically: a temporary file, then a move), creating missing
     * parent directories and replacing any file there; {@link #read(Path)} reads it back.
     *
     * @param file where to write
     * @throws IOException if the file cannot be written
     */
    public void write(Path file) throws IOException {
        ModelIO.write(model, file);
    }

    /** {@return what the model says about itself: version, labels, languages, training data and scores} */
    public ModelInfo info() {
        return info;
    }

    LineModel lineModel() {
        return model;
    }

    private static ModelInfo infoOf(ModelManifest m) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String code : m.languages()) {
            languages.add(Language.fromCode(code));
        }
        return new ModelInfo(m.libraryVersion(), m.schemaVersion(), m.labels().stream().map(Label::fromCode).toList(),
                languages, !m.lowAccuracyLanguageMode(),
                m.featureSettings().groups().stream().sorted().map(Enum::name).toList(),
                m.trainingDataHash(), m.trainingPages(), m.trainingLines(), m.parameters(), m.scores());
    }

    @Override
    public String toString() {
        return "Model[" + info.libraryVersion() + ", schema " + info.schemaVersion() + ", " + info.trainingDataHash() + "]";
    }
}
