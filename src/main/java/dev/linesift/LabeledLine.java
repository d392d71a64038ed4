package dev.linesift;

import java.util.Objects;

/**
 * One non-blank line of a page with its label.
 *
 * @param number     1-based line number in the page as linesift numbers it (blank lines count)
 * @param text       the exact text of the line
 * @param label      what the line is
 * @param confidence the model's probability for {@code label}, in 0–1
 * @param language   the line's language, {@link Language#UNKNOWN} when it cannot be told
 * @param block      the kind of block the markup made the line, {@link Block#NONE} without markup
 */
public record LabeledLine(int number, String text, Label label, double confidence, Language language, Block block) {

    /**
     * A line without markup ({@link Block#NONE}), as plain text gives it.
     *
     * @param number     1-based line number, at least 1
     * @param text       the exact text of the line, not {@code null}
     * @param label      what the line is, not {@code null}
     * @param confidence the model's probability for {@code label}, in 0–1
     * @param language   the line's language, not {@code null}
     * @throws IllegalArgumentException if {@code number} is below 1 or {@code confidence} is
     *                                  outside 0–1 (or NaN)
     */
    public LabeledLine(int number, String text, Label label, double confidence, Language language) {
        this(number, text, label, confidence, language, Block.NONE);
    }

    /**
     * Checks the values.
     *
     * @param number     1-based line number, at least 1
     * @param text       the exact text of the line, not {@code null}
     * @param label      what the line is, not {@code null}
     * @param confidence the model's probability for {@code label}, in 0–1
     * @param language   the line's language, not {@code null}
     * @param block      the kind of block the markup made the line, not {@code null}
     * @throws IllegalArgumentException if {@code number} is below 1 or {@code confidence} is
     *                                  outside 0–1 (or NaN)
     * @throws NullPointerException     if any reference is {@code null}
     */
    public LabeledLine {
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + number);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(block, "block");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
    }

    /** {@return whether the line is labeled {@link Label#ARTICLE article}} */
    public boolean isArticle() {
        return label == Label.ARTICLE;
    }

    /**
     * Whether the line belongs to the article's body: it is article, and the markup did not make
     * it a headline ({@link Block#TITLE}) or a caption ({@link Block#CAPTION}).
     *
     * @return {@code true} for an article line that is neither headline nor caption
     */
    public boolean isBody() {
        return label == Label.ARTICLE && block != Block.TITLE && block != Block.CAPTION;
    }

    /** {@return whether the line is article and the markup made it a headline ({@link Block#TITLE})} */
    public boolean isHeadline() {
        return label == Label.ARTICLE && block == Block.TITLE;
    }
}
