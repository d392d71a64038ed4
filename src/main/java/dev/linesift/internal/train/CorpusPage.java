package dev.linesift.internal.train;

import dev.linesift.internal.eval.GoldPage;
import java.util.Objects;

/**
 * One labeled page of the training corpus with its manifest row.
 *
 * @param file              path relative to the corpus directory
 * @param family            the site family (layout) it belongs to: the unit of grouped splits
 * @param articleLanguage   ISO code of the article's language ({@code "-"} when there is no article)
 * @param interfaceLanguage ISO code of the site's interface language
 * @param format            how the page is stored ({@code text} or {@code html})
 * @param origin            how the page was made
 * @param gold              its lines and gold labels
 */
public record CorpusPage(String file, String family, String articleLanguage, String interfaceLanguage,
                         String format, String origin, GoldPage gold) {
    /** The {@code format} of a page stored as HTML. */
    public static final String HTML = "html";

    public CorpusPage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(articleLanguage, "articleLanguage");
        Objects.requireNonNull(interfaceLanguage, "interfaceLanguage");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(gold, "gold");
    }

    /** Whether the page is stored as HTML, so that its lines carry markup cues. */
    public boolean isHtml() {
        return HTML.equals(format);
    }
}
