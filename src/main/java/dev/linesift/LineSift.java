package dev.linesift;

import dev.linesift.internal.features.LinePreparer;
import dev.linesift.internal.features.PageFeatures;
import dev.linesift.internal.input.DocumentReader;
import dev.linesift.internal.language.LanguageIdentifier;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.model.LineModel;
import dev.linesift.internal.model.ModelIO;
import dev.linesift.internal.model.ModelManifest;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The entry point: reads a document, splits it into lines, and labels every non-blank line as
 * {@link Label#ARTICLE article}, {@link Label#PAYWALL paywall}, {@link Label#TEASER teaser} or
 * {@link Label#METADATA metadata}.
 *
 * <p>Build one with {@link #builder()} (or {@link #create()} for the defaults) and share it: it
 * is immutable and thread-safe, and building it loads the language and line models, which takes
 * a moment.
 *
 * <pre>{@code
 * LineSift sift = LineSift.create();
 * LabeledPage page = sift.label(Path.of("page.html"));
 * String article = page.articleText();
 * }</pre>
 */
public final class LineSift implements AutoCloseable {
    /** The languages detected unless the builder is told otherwise. */
    public static final Set<Language> DEFAULT_LANGUAGES = Set.copyOf(EnumSet.of(
            Language.ENGLISH, Language.BOKMAL, Language.NYNORSK, Language.SWEDISH, Language.DANISH,
            Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH,
            Language.PORTUGUESE, Language.FINNISH, Language.POLISH));

    private final LineModel model;
    private final LanguageIdentifier languages;
    private final LinePreparer preparer;
    private final DocumentReader reader;
    private final Limits limits;
    private final Favor favor;

    private LineSift(Builder b) {
        this.model = b.model != null ? b.model : b.modelPath != null ? ModelIO.read(b.modelPath) : ModelIO.readDefault();
        this.limits = b.limits;
        this.favor = b.favor;
        this.languages = LanguageIdentifier.of(b.languages, b.lowAccuracy, limits.analysedLineChars());
        this.preparer = new LinePreparer(languages);
        this.reader = new DocumentReader(limits);
    }

    /** A detector with the embedded model, the default languages and the default limits. */
    public static LineSift create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Labels a file of any supported format; results and errors name it by its path. */
    public LabeledPage label(Path path) {
        return label(path, path.toString());
    }

    /** Labels a file; {@code source} is the name results and errors carry. */
    public LabeledPage label(Path path, String source) {
        return label(reader.read(path, source));
    }

    /** Labels a file read in the given format ({@link InputFormat#TEXT} keeps any text line by line). */
    public LabeledPage label(Path path, String source, InputFormat format) {
        return label(reader.read(path, source, format));
    }

    /** Labels a document read from a stream (format detected from its bytes); the stream is not closed. */
    public LabeledPage label(InputStream in, String source) {
        return label(reader.read(in, source));
    }

    /** Labels a document read from a stream in the given format; the stream is not closed. */
    public LabeledPage label(InputStream in, String source, InputFormat format) {
        return label(reader.read(in, source, format));
    }

    /** Labels an HTML document given as a string. */
    public LabeledPage labelHtml(String html, String source) {
        return label(reader.readHtml(html, source));
    }

    /** Labels plain text, line by line; the source is called {@code "-"}. */
    public LabeledPage label(String text) {
        return label(reader.readText(text, "-"));
    }

    /** Labels a page that is already split into lines. */
    public LabeledPage label(Page page) {
        List<LabeledLine> out = new ArrayList<>();
        Map<Language, Integer> letters = new EnumMap<>(Language.class);
        label(page, out::add, letters);
        return new LabeledPage(page.source(), out, page.lines().size(), dominant(letters));
    }

    /**
     * Labels a page and hands each labeled line to {@code sink} as soon as its segment is done,
     * in order; for very long inputs this keeps only one segment's analysis in memory.
     *
     * @return the page's dominant language
     */
    public Language label(Page page, Consumer<LabeledLine> sink) {
        Map<Language, Integer> letters = new EnumMap<>(Language.class);
        label(page, sink, letters);
        return dominant(letters);
    }

    private void label(Page page, Consumer<LabeledLine> sink, Map<Language, Integer> letters) {
        List<Line> lines = page.lines();
        int segment = limits.segmentLines();
        for (int from = 0; from < lines.size(); from += segment) {
            int to = Math.min(lines.size(), from + segment);
            LinePreparer.Prepared prepared = preparer.prepare(lines, from, to);
            prepared.letters().forEach((l, c) -> letters.merge(l, c, Integer::sum));
            if (prepared.lines().isEmpty()) {
                continue;
            }
            PageFeatures features = model.extractor().extract(prepared.content());
            double[][] probs = model.predict(features);
            for (int i = 0; i < probs.length; i++) {
                Line line = prepared.lines().get(i);
                Label label = favor.decide(probs[i]);
                double confidence = Math.max(0.0, Math.min(1.0, probs[i][label.ordinal()]));
                sink.accept(new LabeledLine(line.number(), line.text(), label, confidence,
                        prepared.content().languages().get(i), Block.of(line.cues())));
            }
        }
    }

    private static Language dominant(Map<Language, Integer> letters) {
        return letters.entrySet().stream()
                .filter(e -> e.getKey() != Language.UNKNOWN)
                .max(Map.Entry.<Language, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(Language.UNKNOWN);
    }

    /** Reads a file into numbered lines exactly as {@link #label(Path)} sees them, without labeling. */
    public Page extract(Path path, String source) {
        return reader.read(path, source);
    }

    /** Reads a file into numbered lines in the given format, without labeling. */
    public Page extract(Path path, String source, InputFormat format) {
        return reader.read(path, source, format);
    }

    /** Reads a stream into numbered lines, without labeling. */
    public Page extract(InputStream in, String source) {
        return reader.read(in, source);
    }

    /** Reads a stream into numbered lines in the given format, without labeling. */
    public Page extract(InputStream in, String source, InputFormat format) {
        return reader.read(in, source, format);
    }

    /** The manifest of the model in use. */
    public ModelManifest model() {
        return model.manifest();
    }

    public Set<Language> languages() {
        return languages.languages();
    }

    public Limits limits() {
        return limits;
    }

    /** Whether article precision or recall is favoured. */
    public Favor favor() {
        return favor;
    }

    /** Stops the background threads used for bounded parsing; optional, they are daemon threads. */
    @Override
    public void close() {
        reader.close();
    }

    /** Configures a {@link LineSift}. Not thread-safe; the detector it builds is. */
    public static final class Builder {
        private Set<Language> languages = DEFAULT_LANGUAGES;
        private boolean lowAccuracy = true;
        private Path modelPath;
        private LineModel model;
        private Limits limits = Limits.DEFAULT;
        private Favor favor = Favor.BALANCED;

        private Builder() {
        }

        /** The languages to tell lines apart by (at least two); default {@link #DEFAULT_LANGUAGES}. */
        public Builder languages(Set<Language> languages) {
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

        /** The languages by ISO 639-1 code, e.g. {@code "en", "nb", "sv"}. */
        public Builder languages(String... codes) {
            EnumSet<Language> set = EnumSet.noneOf(Language.class);
            for (String code : codes) {
                set.add(Language.fromCode(code));
            }
            return languages(set);
        }

        /**
         * Lingua's high-accuracy mode: better on short lines, several times slower and about
         * 280 MB more memory. Off by default; the default model was trained with it off.
         */
        public Builder highAccuracyLanguageDetection(boolean on) {
            this.lowAccuracy = !on;
            return this;
        }

        /** A model file to use instead of the embedded one. */
        public Builder model(Path modelFile) {
            this.modelPath = Objects.requireNonNull(modelFile, "modelFile");
            this.model = null;
            return this;
        }

        /** A model already in memory (for example one just trained). */
        public Builder model(LineModel model) {
            this.model = Objects.requireNonNull(model, "model");
            this.modelPath = null;
            return this;
        }

        /**
         * Trades article recall for precision or back: {@link Favor#PRECISION} keeps a line as
         * article only where the model is sure, {@link Favor#RECALL} wherever it is plausible.
         * Default {@link Favor#BALANCED}, the model's most probable label.
         */
        public Builder favor(Favor favor) {
            this.favor = Objects.requireNonNull(favor, "favor");
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Builds the detector.
         *
         * @throws LineSiftException with reason {@code BAD_MODEL} if the model cannot be loaded
         */
        public LineSift build() {
            return new LineSift(this);
        }
    }
}
