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
 * of that block. Script, style, template and hidden content never become lines. What each
 * open element contributes to the cues is kept in its {@link HtmlElement}.
 */
final class HtmlLineHandler extends DefaultHandler {

    /** A line of text with the cues of the block it came from. */
    record BlockLine(String text, MarkupCues cues) {
    }

    /** Elements whose content is never text for the reader. */
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "embed",
            "canvas", "select", "textarea", "input", "map", "title");

    /** Class, id and role tokens a line records at most, those of the innermost elements first. */
    private static final int MAX_CLASS_TOKENS = 16;
    /** Enclosing block elements a line records, innermost first; past this, the outermost are left out. */
    private static final int MAX_CONTAINERS = 24;

    private final Deque<HtmlElement> stack = new ArrayDeque<>();
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
            stack.push(new HtmlElement(name, null, true, 0));
            return;
        }
        HtmlElement element = new HtmlElement(name, atts, false, nextId++);
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
        HtmlElement top = stack.peek();
        if (top.hidden) {
            stack.pop();
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if (HtmlElement.isBlock(name)) {
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
        for (HtmlElement e : stack) { // innermost first
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

    /** Thrown to stop the parser when a document yields more text than allowed. */
    static final class TooMuchTextException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMuchTextException() {
            super("extracted text exceeds the limit", null, false, false);
        }
    }
}
