package dev.linesift.internal.lines;

import dev.linesift.Block;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the markup said about a line, when the page had markup. Plain text lines carry
 * {@link #NONE}. The cues are features for the model; nothing decides a label from them.
 *
 * @param present      false for lines that came without markup
 * @param tag          the block element that produced the line, lower case ({@code "p"}, {@code "li"}, ...)
 * @param headingLevel 1–6 for h1–h6, otherwise 0
 * @param linkDensity  letters inside links divided by all letters of the line, 0–1
 * @param enclosing    structural elements around the block ({@code nav}, {@code footer}, {@code aside}, ...)
 * @param classTokens  lower-case tokens of the class and id attributes of the block and its ancestors
 * @param containers   ids (positive, per page) of all block elements around the line's block,
 *                     innermost first; lines under one id share that container, as a story body
 *                     or a comment thread holds its lines
 */
public record MarkupCues(boolean present, String tag, int headingLevel, double linkDensity,
                         Set<String> enclosing, List<String> classTokens, List<Integer> containers) {

    /** The cues of a line that came without markup. */
    public static final MarkupCues NONE = new MarkupCues(false, "", 0, 0.0, Set.of(), List.of(), List.of());

    /** Cues that know only the block's parent and grandparent (0 for none) as its containers. */
    public MarkupCues(boolean present, String tag, int headingLevel, double linkDensity,
                      Set<String> enclosing, List<String> classTokens, int parent, int grandparent) {
        this(present, tag, headingLevel, linkDensity, enclosing, classTokens,
                parent == 0 ? List.of() : grandparent == 0 ? List.of(parent) : List.of(parent, grandparent));
    }

    public MarkupCues {
        Objects.requireNonNull(tag, "tag");
        // Keep the given order: features are added in iteration order, and Set.copyOf's order
        // changes from one JVM to the next, which would make training irreproducible.
        enclosing = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(enclosing));
        classTokens = List.copyOf(classTokens);
        containers = List.copyOf(containers);
        for (int id : containers) {
            if (id <= 0) {
                throw new IllegalArgumentException("container ids must be positive: " + containers);
            }
        }
        if (headingLevel < 0 || headingLevel > 6) {
            throw new IllegalArgumentException("heading level must be 0-6: " + headingLevel);
        }
        if (!(linkDensity >= 0.0 && linkDensity <= 1.0)) {
            throw new IllegalArgumentException("link density must be in 0..1: " + linkDensity);
        }
    }

    /**
     * The id of the block element containing the line's block (0 when none): lines of one page
     * with the same parent are siblings, as paragraphs of one story body or items of one menu are.
     */
    public int parent() {
        return containers.isEmpty() ? 0 : containers.get(0);
    }

    /** The same one level further out (0 when none). */
    public int grandparent() {
        return containers.size() < 2 ? 0 : containers.get(1);
    }

    /** The kind of block the cues describe; {@link Block#NONE} for {@link #NONE}. */
    public Block block() {
        if (!present) {
            return Block.NONE;
        }
        if (headingLevel() == 1) {
            return Block.TITLE;
        }
        if (headingLevel() > 1) {
            return Block.HEADING;
        }
        String tag = tag();
        if (tag.equals("figcaption") || enclosing().contains("figure")) {
            return Block.CAPTION;
        }
        return switch (tag) {
            case "li", "dt", "dd" -> Block.LIST_ITEM;
            case "blockquote" -> Block.QUOTE;
            case "p" -> Block.PARAGRAPH;
            default -> Block.OTHER;
        };
    }
}
