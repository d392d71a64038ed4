package dev.linesift;

import java.util.Locale;

/**
 * What a line does for the reader, as defined by the project's labeling guide.
 * The ordinal is the class index the models use, so the order is part of the model schema.
 */
public enum Label {
    /** The main story: headline, standfirst, body, subheadings, quotes, list items, captions. */
    ARTICLE,
    /** Any prompt to pay, subscribe, log in, register, sign up or accept cookies. */
    PAYWALL,
    /** Pointers to other content: other stories, related links, navigation. */
    TEASER,
    /** Facts about a story or the page: source names, dates, bylines, credits, share labels. */
    METADATA;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** {@return the lower-case name used in labeled-page files and JSON output, e.g. {@code "article"}} */
    public String code() {
        return code;
    }

    /**
     * Parses a label code such as {@code "teaser"} (case-insensitive, surrounding white space
     * ignored); the inverse of {@link #code()}.
     *
     * @param code a label code, not {@code null}
     * @return the label the code names
     * @throws IllegalArgumentException if the code names no label
     */
    public static Label fromCode(String code) {
        for (Label label : values()) {
            if (label.code.equalsIgnoreCase(code.strip())) {
                return label;
            }
        }
        throw new IllegalArgumentException("unknown label '" + code + "' (expected article, paywall, teaser or metadata)");
    }
}
