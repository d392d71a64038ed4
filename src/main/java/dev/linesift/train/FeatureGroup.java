package dev.linesift.train;

/**
 * Groups of line features; a model records which were on, and the ablation report switches them
 * off one at a time to show what each adds.
 */
public enum FeatureGroup {
    /** Length, tokens, letter case, digits, punctuation, separators, glued words. */
    SHAPE,
    /** Where the line stands in the page, and blank lines around it. */
    POSITION,
    /** The line's language against the page's dominant language and its neighbours'. */
    LANGUAGE,
    /** How often the line, or its shape with digits masked, recurs in the page. */
    REPETITION,
    /** Hashed words, first/last words and character n-grams. */
    LEXICAL,
    /** Compact shape, language and repetition features of the lines around. */
    NEIGHBOURS,
    /**
     * Markup cues: block tag, heading level, link density, enclosing elements, and how much of
     * the page's text and links the line's containers hold, out to four levels, and where the
     * line stands relative to the container with the most plain text.
     */
    MARKUP,
    /**
     * Tokens of the class, id and role attributes of the line's block and its ancestors, with
     * digits and hashed names folded. Kept apart from {@link #MARKUP}: their words mean
     * something only inside one site's templates, so training can leave them out of copies of
     * the HTML pages and the ablation can show what they carry.
     */
    CLASS_TOKENS,
    /**
     * Topical cohesion: whether a line's rarer words recur in lines far from it. A story's lines
     * share names and terms; a card for another story shares them only with its own card.
     */
    COHESION
}
