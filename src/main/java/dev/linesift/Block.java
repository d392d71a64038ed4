package dev.linesift;

import java.util.Locale;

/**
 * What kind of block the page's markup made a line: its headline, a caption, a paragraph, ...
 * This is a fact read from the tags, not a label: it lets a caller shape the article (for example
 * drop the headline and captions, as {@link LabeledPage#bodyText()} does) without guessing.
 * Lines that came without markup (plain text) are {@link #NONE}.
 */
public enum Block {
    /** A top-level heading ({@code h1}): on an article page, usually the story's headline. */
    TITLE,
    /** A lower heading ({@code h2}–{@code h6}). */
    HEADING,
    /** A figure's caption ({@code figcaption}, or text inside a {@code figure}). */
    CAPTION,
    /** A list item ({@code li}, {@code dt}, {@code dd}). */
    LIST_ITEM,
    /** A block quote. */
    QUOTE,
    /** A paragraph ({@code p}). */
    PARAGRAPH,
    /** Any other block: text directly in a {@code div}, a table cell, ... */
    OTHER,
    /** The line came without markup. */
    NONE;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** {@return the lower-case name used in JSON output, e.g. {@code "title"}} */
    public String code() {
        return code;
    }
}
