package dev.linesift.internal.features;

import dev.linesift.Language;
import dev.linesift.internal.lines.MarkupCues;
import java.util.List;
import java.util.Objects;

/**
 * The labelable (non-blank) lines of a page, in order, with what the earlier stages found out
 * about them: the input of feature extraction.
 *
 * @param texts       the lines' texts
 * @param cues        their markup cues
 * @param blankBefore whether a blank line precedes each line in the page
 * @param blankAfter  whether a blank line follows each line in the page
 * @param languages   each line's language
 * @param dominant    the page's dominant language
 */
public record ContentLines(List<String> texts, List<MarkupCues> cues, boolean[] blankBefore, boolean[] blankAfter,
                           List<Language> languages, Language dominant) {
    public ContentLines {
        int n = texts.size();
        if (cues.size() != n || blankBefore.length != n || blankAfter.length != n || languages.size() != n) {
            throw new IllegalArgumentException("all per-line inputs must have " + n + " entries");
        }
        Objects.requireNonNull(dominant, "dominant");
    }

    public int size() {
        return texts.size();
    }
}
