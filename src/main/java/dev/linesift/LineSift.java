package dev.linesift;

import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.input.ArchiveReader;
import dev.linesift.internal.lines.Page;
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
    public static final Set<Language> DEFAULT_LANGUAGES = Set.copyOf(EnumSet.of(Language.ENGLISH, Language.BOKMAL,
            Language.NYNORSK, Language.SWEDISH, Language.DANISH, Language.GERMAN, Language.FRENCH, Language.SPANISH,
            Language.ITALIAN, Language.DUTCH, Language.PORTUGUESE, Language.FINNISH, Language.POLISH));

    static {
        ApiAccess.set(new GrantedAccess());
    }

    private final Model model;
    final Pipeline pipeline;
    private final Favor favor;
    private final List<String> warnings;

    LineSift(Model model, Pipeline pipeline, Favor favor, List<String> warnings) {
        this.model = model;
        this.pipeline = pipeline;
        this.favor = favor;
        this.warnings = warnings;
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
    public static LineSiftBuilder builder() {
        return new LineSiftBuilder();
    }

    /**
     * Labels a file of any supported format (HTML, plain text, PDF, DOCX, ...), told from its
     * bytes and name; results and errors name it by its path. An empty file gives a page
     * without lines.
     *
     * @param path the file to read
     * @return the labeled page
     * @throws LineSiftException if the document cannot be read, is of an unsupported format, breaks the
     *                           {@linkplain #limits() limits} or cannot be parsed ({@link LineSiftException#reason()})
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
     * @throws LineSiftException if the document cannot be read, is of an unsupported format, breaks the
     *                           {@linkplain #limits() limits} or cannot be parsed ({@link LineSiftException#reason()})
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
     * @throws LineSiftException if the document cannot be read, is of an unsupported format, breaks the
     *                           {@linkplain #limits() limits} or cannot be parsed ({@link LineSiftException#reason()})
     */
    public LabeledPage label(Path path, String source, InputFormat format) {
        return label(pipeline.reader().read(path, source, format));
    }

    /**
     * Labels a document read from a stream to its end, its format detected; the stream is not closed.
     *
     * @param in     the document's bytes; at most {@link Limits#maxInputBytes()} are read
     * @param source the name results and errors carry
     * @return the labeled page
     * @throws LineSiftException if the document cannot be read, is of an unsupported format, breaks the
     *                           {@linkplain #limits() limits} or cannot be parsed ({@link LineSiftException#reason()})
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
     * @throws LineSiftException if the document cannot be read, is of an unsupported format, breaks the
     *                           {@linkplain #limits() limits} or cannot be parsed ({@link LineSiftException#reason()})
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
     * @throws LineSiftException with reason {@code TOO_LARGE} or {@code TIMEOUT} when the markup breaks the
     *                           {@linkplain #limits() limits}, {@code MALFORMED} if it cannot be parsed
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
     * @throws LineSiftException with reason {@code TOO_LARGE} if the text is longer than {@link Limits#maxChars()}
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
     * @throws LineSiftException if the document cannot be read, is of an unsupported format, breaks the
     *                           {@linkplain #limits() limits} or cannot be parsed ({@link LineSiftException#reason()})
     */
    public Language label(Path path, String source, InputFormat format, Consumer<LabeledLine> sink) {
        return label(pipeline.reader().read(path, source, format), sink);
    }

    /**
     * Labels a stream line by line into {@code sink}, as {@link #label(Path, String, InputFormat, Consumer)}
     * does a file. The stream is not closed.
     *
     * @param in     the document's bytes; at most {@link Limits#maxInputBytes()} are read
     * @param source the name results and errors carry
     * @param format how to read the bytes; {@link InputFormat#AUTO} detects it
     * @param sink   receives every non-blank line with its label, in page order
     * @return the page's dominant language, over all its lines
     * @throws LineSiftException if the document cannot be read, is of an unsupported format, breaks the
     *                           {@linkplain #limits() limits} or cannot be parsed ({@link LineSiftException#reason()})
     */
    public Language label(InputStream in, String source, InputFormat format, Consumer<LabeledLine> sink) {
        return label(pipeline.reader().read(in, source, format), sink);
    }

    /**
     * Labels every document of a WARC or WET crawl archive ({@code .warc}, {@code .wet}, either gzipped) one
     * record at a time: each {@code response} of status 200 holding a page (HTML, text, PDF, Word), in the
     * charset its HTTP Content-Type declares, and each {@code conversion} (WET) as UTF-8 text. A corrupt,
     * cut-short or too large record is one {@link ArchiveItem.Failed}; reading goes on with the next record.
     *
     * @param file the archive; failures name it by its path
     * @param sink receives every document and failure in file order, on the calling thread
     * @return how many records were labeled, skipped (by kind) and failed
     * @throws LineSiftException {@code NOT_FOUND} or {@code UNREADABLE} if unreadable, {@code UNSUPPORTED_FORMAT} if no archive
     */
    public ArchiveSummary labelArchive(Path file, Consumer<ArchiveItem> sink) {
        String source = file.toString();
        return new ArchiveReader(pipeline.reader()).read(file, source, new ArchiveLabeling(this, source, sink));
    }

    /**
     * Labels a crawl archive read from a stream to its end, as {@link #labelArchive(Path, Consumer)}
     * does a file; the stream is not closed.
     *
     * @param in     the archive's bytes
     * @param source the name failures carry
     * @param sink   receives every document and failure in order, on the calling thread
     * @return how many records were labeled, skipped (by kind) and failed
     * @throws LineSiftException {@code UNREADABLE} if the stream fails, {@code UNSUPPORTED_FORMAT} if no archive
     */
    public ArchiveSummary labelArchive(InputStream in, String source, Consumer<ArchiveItem> sink) {
        return new ArchiveReader(pipeline.reader()).read(in, source, new ArchiveLabeling(this, source, sink));
    }

    LabeledPage label(Page page) {
        List<LabeledLine> out = new ArrayList<>();
        Language dominant = label(page, out::add);
        return new LabeledPage(page.source(), out, page.lines().size(), dominant);
    }

    Language label(Page page, Consumer<LabeledLine> sink) {
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
}
