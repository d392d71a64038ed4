package dev.linesift.internal.input;

import dev.linesift.internal.lines.MarkupCues;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives the element events of Tika's HTML parser (run with the identity mapper, so every
 * element and attribute arrives) and emits one line per block of text, with the markup cues
 * of that block. Script, style, template and hidden content never become lines.
 */
final class HtmlLineHandler extends DefaultHandler {

    /** A line of text with the cues of the block it came from. */
    record BlockLine(String text, MarkupCues cues) {
    }

    /** Elements whose start or end ends the current line. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption",
            "blockquote", "figure", "figcaption", "pre", "ul", "ol", "dl", "form", "fieldset", "legend",
            "address", "details", "summary", "hr", "br", "body", "html", "button", "label", "option",
            "center", "menu", "dialog", "hgroup", "time", "picture", "video", "audio", "noframes");

    /** Elements whose content is never text for the reader. */
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "embed",
            "canvas", "select", "textarea", "input", "map", "title");

    /** Elements reported as enclosing cues. */
    private static final Set<String> STRUCTURAL = Set.of(
            "nav", "header", "footer", "aside", "article", "main", "figure", "form", "button", "ul", "ol",
            "table", "blockquote", "label", "address", "dl", "section", "details", "menu", "dialog");

    private static final int MAX_CLASS_TOKENS = 16;
    /** Enclosing block elements a line records, innermost first; past this, the outermost are left out. */
    private static final int MAX_CONTAINERS = 24;
    /** Attributes whose tokens are cues, and how many tokens one element gives at most. */
    private static final String[] TOKEN_ATTRIBUTES = {"class", "id", "role"};
    private static final int MAX_ELEMENT_TOKENS = 8;

    /**
     * An open element. What the cues need is worked out once per element, and the class, id
     * and role tokens only when a line is emitted inside it: most elements of a page hold no
     * line of their own, and tokenising every one of them cost more than the rest of the handler.
     */
    private static final class Element {
        final String name;
        final boolean hidden;
        final int id;
        final boolean block;
        final boolean enclosing;
        final int heading;
        private String[] attributeValues;
        private List<String> tokens;

        Element(String name, Attributes atts, boolean hidden, int id) {
            this.name = name;
            this.hidden = hidden;
            this.id = id;
            this.block = BLOCKS.contains(name);
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
    }

    private final Deque<Element> stack = new ArrayDeque<>();
    private final List<BlockLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final long maxChars;
    private int skipDepth;
    private int nextId = 1;
    private int linkDepth;
    private int lettersInLinks;
    private int letters;
    private long emittedChars;
    private boolean pendingSpace;

    HtmlLineHandler(long maxChars) {
        this.maxChars = maxChars;
    }

    List<BlockLine> lines() {
        flush();
        return lines;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = elementName(localName, qName);
        boolean hidden = skipDepth > 0 || SKIPPED.contains(name) || isHidden(atts);
        if (hidden) {
            // Hidden content is skipped as a whole subtree.
            if (skipDepth == 0) {
                flush();
            }
            skipDepth++;
            stack.push(new Element(name, null, true, 0));
            return;
        }
        Element element = new Element(name, atts, false, nextId++);
        if (element.block) {
            flush();
        }
        if (name.equals("a")) {
            linkDepth++;
        }
        stack.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = elementName(localName, qName);
        if (stack.isEmpty()) {
            return;
        }
        Element top = stack.peek();
        if (top.hidden) {
            stack.pop();
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
        }
        stack.pop();
        if (name.equals("a")) {
            linkDepth = Math.max(0, linkDepth - 1);
        } else if (!top.name.equals(name)) {
            // Unbalanced events: resynchronise link depth from the stack.
            linkDepth = (int) stack.stream().filter(e -> e.name.equals("a")).count();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pendingSpace = text.length() > 0;
                continue;
            }
            if (pendingSpace) {
                text.append(' ');
                pendingSpace = false;
            }
            text.append(c);
            if (Character.isLetter(c)) {
                letters++;
                if (linkDepth > 0) {
                    lettersInLinks++;
                }
            }
        }
        if (emittedChars + text.length() > maxChars) {
            throw new TooMuchTextException();
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (skipDepth == 0 && text.length() > 0) {
            pendingSpace = true;
        }
    }

    private void flush() {
        if (text.length() > 0) {
            String line = text.toString();
            emittedChars += line.length();
            lines.add(new BlockLine(line, cues()));
        }
        text.setLength(0);
        pendingSpace = false;
        letters = 0;
        lettersInLinks = 0;
    }

    private MarkupCues cues() {
        String tag = "";
        int heading = 0;
        int blocks = 0;
        Set<String> enclosing = new LinkedHashSet<>();
        List<String> tokens = new ArrayList<>();
        List<Integer> containers = new ArrayList<>();
        for (Element e : stack) { // innermost first
            if (e.block) {
                if (blocks == 0) {
                    tag = e.name;
                } else if (containers.size() < MAX_CONTAINERS) {
                    containers.add(e.id);
                }
                blocks++;
            }
            if (heading == 0) {
                heading = e.heading;
            }
            if (e.enclosing) {
                enclosing.add(e.name);
            }
            // Only elements whose tokens still fit are tokenised at all.
            for (int k = 0; tokens.size() < MAX_CLASS_TOKENS && k < e.classTokens().size(); k++) {
                tokens.add(e.classTokens().get(k));
            }
        }
        double density = letters == 0 ? 0.0 : Math.min(1.0, (double) lettersInLinks / letters);
        return new MarkupCues(true, tag, heading, density, enclosing, tokens, containers);
    }

    private static String elementName(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n == null ? "" : n.toLowerCase(Locale.ROOT);
    }

    private static boolean isHidden(Attributes atts) {
        if (atts == null) {
            return false;
        }
        if (atts.getIndex("hidden") >= 0) {
            return true;
        }
        String aria = atts.getValue("aria-hidden");
        if (aria != null && aria.trim().equalsIgnoreCase("true")) {
            return true;
        }
        String style = atts.getValue("style");
        if (style != null) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
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

    /** Thrown to stop the parser when a document yields more text than allowed. */
    static final class TooMuchTextException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMuchTextException() {
            super("extracted text exceeds the limit", null, false, false);
        }
    }
}
