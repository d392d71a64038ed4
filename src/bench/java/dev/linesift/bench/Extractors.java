package dev.linesift.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.linesift.LineSift;
import java.util.List;
import net.dankito.readability4j.Readability4J;

/** The systems compared, each turning a page's HTML into article text. */
final class Extractors {
    /** Turns a page's HTML into the text a system calls its article. */
    interface Extraction {
        String apply(String html, String url) throws Exception;
    }

    /** The systems compared; linesift has two rows, one per view of the same labels. */
    enum SystemId { LINESIFT, LINESIFT_EMBEDDED, BOILERPIPE, READABILITY4J }

    /**
     * One row of the report: a system under its report name, and a short {@code key} for the
     * one-line summaries that model comparisons grep. {@code timed} is false for a
     * second view of labels another row already times: its speed would be the same work
     * measured twice.
     */
    record Extractor(SystemId system, String key, String name, Extraction extraction, boolean timed) {
        String extract(String html, String url) throws Exception {
            return extraction.apply(html, url);
        }
    }

    private Extractors() {
    }

    /**
     * The rows, with {@code baseline} (the embedded model, when {@code sift} runs another; null
     * otherwise) as a row of its own, so that a candidate model is compared with it on the same
     * pages.
     */
    static List<Extractor> all(LineSift sift, LineSift baseline) {
        List<Extractor> rows = new java.util.ArrayList<>(List.of(
                new Extractor(SystemId.LINESIFT, "linesift-body", "linesift, body (`bodyText()`: article without headline and captions)",
                        (html, url) -> sift.labelHtml(html, url).bodyText(), true),
                new Extractor(SystemId.LINESIFT, "linesift-article", "linesift, whole article (`articleText()`, the labeling guide's `article`)",
                        (html, url) -> sift.labelHtml(html, url).articleText(), false),
                new Extractor(SystemId.BOILERPIPE, "boilerpipe", "boilerpipe ArticleExtractor 1.2.2", (html, url) -> ArticleExtractor.INSTANCE.getText(html), true),
                new Extractor(SystemId.READABILITY4J, "readability4j", "Readability4J 1.0.8", (html, url) -> {
                    String text = new Readability4J(url, html).parse().getTextContent();
                    return text == null ? "" : text;
                }, true)));
        if (baseline != null) {
            rows.add(1, new Extractor(SystemId.LINESIFT_EMBEDDED, "linesift-embedded-body", "linesift, body, embedded model",
                    (html, url) -> baseline.labelHtml(html, url).bodyText(), true));
        }
        return List.copyOf(rows);
    }
}
