package dev.linesift;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of labeling one document.
 *
 * @param source           where the page came from (a path, {@code "-"}, or a caller's name)
 * @param lines            every non-blank line in page order, each with its label
 * @param lineCount        how many lines the page has, blank ones included
 * @param dominantLanguage the language most of the page's letters are in
 */
public record LabeledPage(String source, List<LabeledLine> lines, int lineCount, Language dominantLanguage) {
    /**
     * Checks the values and copies {@code lines}.
     *
     * @param source           where the page came from, not {@code null}
     * @param lines            the labeled lines in page order; copied, so later changes to the
     *                         caller's list do not show; neither it nor its elements may be {@code null}
     * @param lineCount        how many lines the page has, blank ones included
     * @param dominantLanguage the page's dominant language, not {@code null}
     * @throws NullPointerException if any reference is {@code null}
     */
    public LabeledPage {
        Objects.requireNonNull(source, "source");
        lines = List.copyOf(lines);
        Objects.requireNonNull(dominantLanguage, "dominantLanguage");
    }

    /**
     * Selects the lines of one label.
     *
     * @param label the label to select
     * @return a new list of the lines with that label, in page order; empty when there are none
     */
    public List<LabeledLine> linesLabeled(Label label) {
        return lines.stream().filter(l -> l.label() == label).collect(Collectors.toList());
    }

    /**
     * The article: its lines in page order, each unchanged and on a line of its own
     * (one line is one paragraph), joined with {@code '\n'}. Empty when no line is article.
     *
     * @return the article's text, without a final line break
     */
    public String articleText() {
        return lines.stream().filter(LabeledLine::isArticle).map(LabeledLine::text)
                .collect(Collectors.joining("\n"));
    }

    /**
     * The article's body: {@link #articleText()} without the lines the markup made a headline
     * ({@link Block#TITLE}) or a caption ({@link Block#CAPTION}). The labeling guide counts both
     * as article; readers and article-body benchmarks give them apart or not at all. Without
     * markup nothing tells them apart, so for plain text this equals {@code articleText()}.
     *
     * @return the body's text, lines joined with {@code '\n'}
     */
    public String bodyText() {
        return lines.stream().filter(LabeledLine::isBody).map(LabeledLine::text).collect(Collectors.joining("\n"));
    }

    /**
     * The story's headline as the markup marks it: the first article line that is a
     * {@link Block#TITLE}. Empty for plain text and for pages whose headline is not an {@code h1}.
     *
     * @return the headline's text, if the markup marks one
     */
    public Optional<String> headline() {
        return lines.stream().filter(LabeledLine::isHeadline).map(LabeledLine::text).findFirst();
    }
}
