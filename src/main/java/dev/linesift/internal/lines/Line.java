package dev.linesift.internal.lines;

import java.util.Objects;

/**
 * One line of a page, numbered as the detector numbers it.
 *
 * @param number 1-based position in the page, blank lines included
 * @param text   the exact text
 * @param cues   markup cues, {@link MarkupCues#NONE} for plain text
 */
public record Line(int number, String text, MarkupCues cues) {
    public Line {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cues, "cues");
    }

    /** True when the line holds nothing but white space; such lines are kept but not labeled. */
    public boolean isBlank() {
        return text.isBlank();
    }
}
