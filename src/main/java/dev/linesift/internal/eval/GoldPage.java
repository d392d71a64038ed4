package dev.linesift.internal.eval;

import dev.linesift.Label;
import dev.linesift.internal.lines.Page;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page with a gold label for every non-blank line, as read from a labeled-page file.
 *
 * @param page   the page's lines, numbered as in the file
 * @param labels one entry per page line: the gold label, or empty for a blank line
 */
public record GoldPage(Page page, List<Optional<Label>> labels) {
    public GoldPage {
        Objects.requireNonNull(page, "page");
        labels = List.copyOf(labels);
        if (labels.size() != page.lines().size()) {
            throw new IllegalArgumentException("one label entry per line is needed");
        }
    }

    /** The gold labels of the content (non-blank) lines, in order. */
    public List<Label> contentLabels() {
        return labels.stream().filter(Optional::isPresent).map(Optional::get).toList();
    }
}
