package dev.linesift.internal.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;

/**
 * An element open in {@link HtmlLineHandler}, with what the markup cues of the lines inside it
 * need from it. What the cues need is worked out once per element, and the class, id and role
 * tokens only when a line is emitted inside it: most elements of a page hold no line of their
 * own, and tokenising every one of them cost more than the rest of the handler.
 */
final class HtmlElement {
    /** Elements whose start or end ends the current line. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption",
            "blockquote", "figure", "figcaption", "pre", "ul", "ol", "dl", "form", "fieldset", "legend",
            "address", "details", "summary", "hr", "br", "body", "html", "button", "label", "option",
            "center", "menu", "dialog", "hgroup", "time", "picture", "video", "audio", "noframes");

    /** Elements reported as enclosing cues. */
    private static final Set<String> STRUCTURAL = Set.of(
            "nav", "header", "footer", "aside", "article", "main", "figure", "form", "button", "ul", "ol",
            "table", "blockquote", "label", "address", "dl", "section", "details", "menu", "dialog");

    /** Attributes whose tokens are cues, and how many tokens one element gives at most. */
    private static final String[] TOKEN_ATTRIBUTES = {"class", "id", "role"};
    private static final int MAX_ELEMENT_TOKENS = 8;

    final String name;
    final boolean hidden;
    /** Positive and unique within a page for visible elements; 0 for hidden ones, which hold no lines. */
    final int id;
    final boolean block;
    final boolean enclosing;
    /** 1–6 for h1–h6, otherwise 0. */
    final int heading;
    private String[] attributeValues;
    private List<String> tokens;

    /** {@code atts} is not kept: the parser reuses it for the next element. */
    HtmlElement(String name, Attributes atts, boolean hidden, int id) {
        this.name = name;
        this.hidden = hidden;
        this.id = id;
        this.block = isBlock(name);
        this.enclosing = STRUCTURAL.contains(name) || name.equals("li");
        this.heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
                ? name.charAt(1) - '0' : 0;
        if (!hidden && atts != null) {
            String[] values = new String[TOKEN_ATTRIBUTES.length];
            boolean any = false;
            for (int k = 0; k < values.length; k++) {
                values[k] = atts.getValue(TOKEN_ATTRIBUTES[k]);
                any |= values[k] != null;
            }
            this.attributeValues = any ? values : null;
        }
        this.tokens = attributeValues == null ? List.of() : null;
    }

    /** Whether the start or end of element {@code name} ends the current line. */
    static boolean isBlock(String name) {
        return BLOCKS.contains(name);
    }

    /** The class, id and role tokens of this element, worked out on first use. */
    List<String> classTokens() {
        if (tokens == null) {
            List<String> out = new ArrayList<>(4);
            for (String v : attributeValues) {
                if (v != null) {
                    tokens(v, out);
                }
            }
            tokens = out;
            attributeValues = null;
        }
        return tokens;
    }

    /**
     * Adds the lower-case runs of letters and digits of {@code value} that are 2–30 characters
     * long, up to {@link #MAX_ELEMENT_TOKENS} in all. Written out rather than a regular
     * expression split: it runs for every element of every page.
     */
    static void tokens(String value, List<String> out) {
        String v = value.toLowerCase(Locale.ROOT);
        int n = v.length();
        int i = 0;
        while (i < n && out.size() < MAX_ELEMENT_TOKENS) {
            while (i < n && !isWordCodePoint(v.codePointAt(i))) {
                i += Character.charCount(v.codePointAt(i));
            }
            int start = i;
            while (i < n && isWordCodePoint(v.codePointAt(i))) {
                i += Character.charCount(v.codePointAt(i));
            }
            int length = i - start;
            if (length >= 2 && length <= 30) {
                out.add(v.substring(start, i));
            }
        }
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter or any kind of number. */
    private static boolean isWordCodePoint(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
