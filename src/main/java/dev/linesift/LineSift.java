package dev.linesift;

import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.language.LanguageIdentifier;
import dev.linesift.internal.lines.Page;
import dev.linesift.internal.model.LineModel;
import dev.linesift.internal.pipeline.Pipeline;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
    /** The languages the embedded model was trained to tell apart, and the detector's default. */
    public static final Set<Language> DEFAULT_LANGUAGES = Set.copyOf(EnumSet.of(
            Language.ENGLISH, Language.BOKMAL, Language.NYNORSK, Language.SWEDISH, Language.DANISH,
            Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH,
            Language.PORTUGUESE, Language.FINNISH, Language.POLISH));

    static {
        ApiAccess.set(new ApiAccess.Access() {
            @Override
            public Pipeline pipeline(LineSift sift) {
                return sift.pipeline;
            }

            @Override
            public Language label(LineSift sift, Page page, Consumer<LabeledLine> sink) {
                return sift.label(page, sink);
            }

            @Override
            public Model model(LineModel model) {
                return new Model(model);
            }

            @Override
            public LineModel lineModel(Model model) {
                return model.lineModel();
            }
        });
    }

    private final Model model;
    private final Pipeline pipeline;
    private final Favor favor;
    private final List<String> warnings;

    private LineSift(Builder b) {
        this.model = b.model != null ? b.model : b.modelPath != null ? Model.read(b.modelPath) : Model.embedded();
        this.favor = b.favor;
        ModelInfo info = model.info();
        // Unless told otherwise, detect as the model was trained: the language features compare
        // a line's language with the page's, and another set or mode shifts what they see.
        Set<Language> languages = b.languages != null ? b.languages : info.languages();
        boolean highAccuracy = b.highAccuracy != null ? b.highAccuracy : info.highAccuracyLanguageDetection();
        LineModel lineModel = model.lineModel();
        LanguageIdentifier identifier = LanguageIdentifier.of(languages, !highAccuracy,
                lineModel.manifest().featureSettings().analysedChars());
        this.pipeline = Pipeline.labeling(lineModel, identifier, b.limits);
        this.warnings = pipeline.detectorMismatch().stream().toList();
        warnings.forEach(w -> System.getLogger(LineSift.class.getName()).log(System.Logger.Level.WARNING, w));
    }

    /**
     * A detector with the embedded model, its languages and the default limits. Loads the
     * models, which takes a moment: create one and share it.
     *
     * @return a new detector
     * @throws LineSiftException with reason {@code BAD_MODEL} if the embedded model cannot be loaded
     */
    public static LineSift create() {
        return builder().build();
    }

    /** {@return a builder with the defaults: the embedded model, its languages, {@link Limits#DEFAULT}, {@link Favor#BALANCED}} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Labels a file of any supported format (HTML, plain text, PDF, DOCX, ...), told from its
     * bytes and name; results and errors name it by its path. An empty file gives a page
     * without lines.
     *
     * @param path the file to read
     * @return the labeled page
     * @throws LineSiftException if the document cannot be read, is of an unsupported format,
     *                           breaks the {@linkplain #limits() limits} or cannot be parsed;
     *                           {@link LineSiftException#reason()} says which
     */
    public LabeledPage label(Path path) {
        return label(path, path.toString());
    }

    /**
     * Labels a file of any supported format under a name of the caller's choosing.
     *
     * @param path   the file to read
     * @param source the name results and errors carry
     * @return the labeled page
     * @throws LineSiftException if the document cannot be read, is of an unsupported format,
     *                           breaks the {@linkplain #limits() limits} or cannot be parsed;
     *                           {@link LineSiftException#reason()} says which
     */
    public LabeledPage label(Path path, String source) {
        return label(path, source, InputFormat.AUTO);
    }

    /**
     * Labels a file read in the given format ({@link InputFormat#TEXT} keeps any text line by line).
     *
     * @param path   the file to read
     * @param source the name results and errors carry
     * @param format how to read the bytes; {@link InputFormat#AUTO} detects it
     * @return the labeled page
     * @throws LineSiftException if the document cannot be read, is of an unsupported format,
     *                           breaks the {@linkplain #limits() limits} or cannot be parsed;
     *                           {@link LineSiftException#reason()} says which
     */
    public LabeledPage label(Path path, String source, InputFormat format) {
        return label(pipeline.reader().read(path, source, format));
    }

    /**
     * Labels a document read from a stream to its end, its format detected from its bytes. The
     * stream is not closed.
     *
     * @param in     the document's bytes; at most {@link Limits#maxInputBytes()} are read
     * @param source the name results and errors carry
     * @return the labeled page
     * @throws LineSiftException if the document cannot be read, is of an unsupported format,
     *                           breaks the {@linkplain #limits() limits} or cannot be parsed;
     *                           {@link LineSiftException#reason()} says which
     */
    public LabeledPage label(InputStream in, String source) {
        return label(in, source, InputFormat.AUTO);
    }

    /**
     * Labels a document read from a stream in the given format. The stream is not closed.
     *
     * @param in     the document's bytes; at most {@link Limits#maxInputBytes()} are read
     * @param source the name results and errors carry
     * @param format how to read the bytes; {@link InputFormat#AUTO} detects it
     * @return the labeled page
     * @throws LineSiftException if the document cannot be read, is of an unsupported format,
     *                           breaks the {@linkplain #limits() limits} or cannot be parsed;
     *                           {@link LineSiftException#reason()} says which
     */
    public LabeledPage label(InputStream in, String source, InputFormat format) {
        return label(pipeline.reader().read(in, source, format));
    }

    /**
     * Labels an HTML document already decoded into a string (no encoding is guessed).
     *
     * @param html   the markup, at most {@link Limits#maxInputBytes()} characters long
     * @param source the name results and errors carry
     * @return the labeled page, its lines with their {@link Block} kinds
     * @throws LineSiftException with reason {@code TOO_LARGE} or {@code TIMEOUT} when the markup
     *                           breaks the {@linkplain #limits() limits}, {@code MALFORMED} if it
     *                           cannot be parsed
     */
    public LabeledPage labelHtml(String html, String source) {
        return label(pipeline.reader().readHtml(html, source));
    }

    /**
     * Labels plain text, line by line; the source is called {@code "-"}. Lines end at
     * {@code \n}, {@code \r\n} or a lone {@code \r}; a final line break does not add an
     * empty line, and everything else (tabs, trailing spaces) stays in the lines.
     *
     * @param text the page's text
     * @return the labeled page
     * @throws LineSiftException with reason {@code TOO_LARGE} if the text is longer than
     *                           {@link Limits#maxChars()}
     */
    public LabeledPage label(String text) {
        return label(pipeline.reader().readText(text, "-"));
    }

    /**
     * Labels a page that is already split into lines (blank lines included, numbered from 1 in
     * the order given), as plain text without markup. Each element is one line, taken as it is;
     * only {@link Limits#segmentLines()} of the limits applies.
     *
     * @param lines  the page's lines, in order
     * @param source the name the result carries, not {@code null}
     * @return the labeled page
     */
    public LabeledPage label(List<String> lines, String source) {
        return label(Page.ofTextLines(Objects.requireNonNull(source, "source"), lines));
    }

    /**
     * Labels a file and hands each labeled line to {@code sink} as soon as its segment is done,
     * in order; for very long inputs this keeps only one segment's analysis in memory.
     * {@code sink} runs on the calling thread, before this method returns; the document is read
     * in full first, so a read error comes before any line reaches it. An exception thrown by
     * {@code sink} stops the labeling and propagates.
     *
     * @param path   the file to read
     * @param source the name results and errors carry
     * @param format how to read the bytes; {@link InputFormat#AUTO} detects it
     * @param sink   receives every non-blank line with its label, in page order
     * @return the page's dominant language, over all its lines
     * @throws LineSiftException if the document cannot be read, is of an unsupported format,
     *                           breaks the {@linkplain #limits() limits} or cannot be parsed;
     *                           {@link LineSiftException#reason()} says which
     */
    public Language label(Path path, String source, InputFormat format, Consumer<LabeledLine> sink) {
        return label(pipeline.reader().read(path, source, format), sink);
    }

    /**
     * Labels a stream line by line into {@code sink}, as
     * {@link #label(Path, String, InputFormat, Consumer)} does a file. The stream is not closed.
     *
     * @param in     the document's bytes; at most {@link Limits#maxInputBytes()} are read
     * @param source the name results and errors carry
     * @param format how to read the bytes; {@link InputFormat#AUTO} detects it
     * @param sink   receives every non-blank line with its label, in page order
     * @return the page's dominant language, over all its lines
     * @throws LineSiftException if the document cannot be read, is of an unsupported format,
     *                           breaks the {@linkplain #limits() limits} or cannot be parsed;
     *                           {@link LineSiftException#reason()} says which
     */
    public Language label(InputStream in, String source, InputFormat format, Consumer<LabeledLine> sink) {
        return label(pipeline.reader().read(in, source, format), sink);
    }

    private LabeledPage label(Page page) {
        List<LabeledLine> out = new ArrayList<>();
        Language dominant = label(page, out::add);
        return new LabeledPage(page.source(), out, page.lines().size(), dominant);
    }

    private Language label(Page page, Consumer<LabeledLine> sink) {
        return pipeline.label(page, l -> {
            Label label = favor.decide(l.prediction());
            sink.accept(new LabeledLine(l.line().number(), l.line().text(), label, l.prediction().probability(label),
                    l.language(), l.line().cues().block()));
        }, Pipeline.StageListener.NONE);
    }

    /** {@return the model in use} */
    public Model model() {
        return model;
    }

    /** {@return the languages the language detector tells apart} */
    public Set<Language> languages() {
        return pipeline.languages().languages();
    }

    /** {@return whether Lingua's high-accuracy language detection mode is on} */
    public boolean highAccuracyLanguageDetection() {
        return !pipeline.languages().lowAccuracy();
    }

    /** {@return the bounds on the work done per document} */
    public Limits limits() {
        return pipeline.limits();
    }

    /** {@return whether article precision or recall is favoured} */
    public Favor favor() {
        return favor;
    }

    /**
     * What is set up differently from how the model was trained (another language set or
     * detection mode), one sentence each; empty when nothing is. Each is also logged once, as a
     * {@link System.Logger} warning, when the detector is built.
     *
     * @return the warnings, unmodifiable
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Stops the background threads used for bounded parsing; optional, they are daemon threads.
     * After closing, documents that need parsing (HTML and the Tika formats) can no longer be
     * read.
     */
    @Override
    public void close() {
        pipeline.close();
    }

    /** Configures a {@link LineSift}. Not thread-safe; the detector it builds is. */
    public static final class Builder {
        private Set<Language> languages;
        private Boolean highAccuracy;
        private Path modelPath;
        private Model model;
        private Limits limits = Limits.DEFAULT;
        private Favor favor = Favor.BALANCED;

        private Builder() {
        }

        /**
         * The languages to tell lines apart by (at least two); default the model's (for the
         * embedded model {@link #DEFAULT_LANGUAGES}). Another set than the model's works, with a
         * {@linkplain LineSift#warnings() warning}: the language features then see other values than in training.
         *
         * @param languages at least two languages, not {@link Language#UNKNOWN}; copied
         * @return this builder
         * @throws IllegalArgumentException if fewer than two languages are given, or {@code UNKNOWN} is among them
         */
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

        /**
         * The languages by ISO 639-1 code, as {@link #languages(Set)}.
         *
         * @param codes at least two codes, e.g. {@code "en", "nb", "sv"}; see {@link Language#fromCode(String)}
         * @return this builder
         * @throws IllegalArgumentException for an unknown code, or fewer than two distinct languages
         */
        public Builder languages(String... codes) {
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
        public Builder highAccuracyLanguageDetection(boolean on) {
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
        public Builder model(Path modelFile) {
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
        public Builder model(Model model) {
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
        public Builder favor(Favor favor) {
            this.favor = Objects.requireNonNull(favor, "favor");
            return this;
        }

        /**
         * Bounds on the work done per document; default {@link Limits#DEFAULT}.
         *
         * @param limits the bounds to apply
         * @return this builder
         */
        public Builder limits(Limits limits) {
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
            return new LineSift(this);
        }
    }
}
