package dev.linesift.corpus;

import dev.linesift.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Accumulates the lines of one generated page with their labels. Blank lines carry no label.
 * Surface noise (trailing spaces, doubled spaces, no-break spaces) is added to lines of every
 * label alike, so that it never tells labels apart.
 */
final class PageBuilder {
    /**
     * One page line: a label (null for a blank line), its text, and the part of the page it
     * belongs to (its role), which the HTML rendering turns into markup.
     */
    record Entry(Label label, String text, String role) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Random random;
    private final double noise;
    private String role = "body";

    PageBuilder(Random random, double noise) {
        this.random = random;
        this.noise = noise;
    }

    PageBuilder add(Label label, String text) {
        if (text == null) {
            return this;
        }
        String t = text.replace('\t', ' ').replace("\r", "").replace("\n", " ");
        if (t.isBlank()) {
            return this;
        }
        entries.add(new Entry(label, roughen(t), role));
        return this;
    }

    /** Sets the role of the lines added from now on. */
    PageBuilder role(String newRole) {
        this.role = newRole;
        return this;
    }

    String role() {
        return role;
    }

    PageBuilder article(String text) {
        return add(Label.ARTICLE, text);
    }

    PageBuilder paywall(String text) {
        return add(Label.PAYWALL, text);
    }

    PageBuilder teaser(String text) {
        return add(Label.TEASER, text);
    }

    PageBuilder meta(String text) {
        return add(Label.METADATA, text);
    }

    /** A blank line, never two in a row and never at the very start. */
    PageBuilder blank() {
        if (!entries.isEmpty() && entries.get(entries.size() - 1).label() != null) {
            entries.add(new Entry(null, "", role));
        }
        return this;
    }

    PageBuilder blankIf(boolean condition) {
        return condition ? blank() : this;
    }

    List<Entry> entries() {
        List<Entry> out = new ArrayList<>(entries);
        while (!out.isEmpty() && out.get(out.size() - 1).label() == null) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    int size() {
        return entries.size();
    }

    private String roughen(String t) {
        if (noise <= 0) {
            return t;
        }
        double x = random.nextDouble();
        if (x < noise * 0.4) {
            return t + " ";
        }
        if (x < noise * 0.55) {
            return t + "  ";
        }
        if (x < noise * 0.7) {
            int sp = t.indexOf(' ');
            return sp > 0 ? t.substring(0, sp) + "  " + t.substring(sp + 1) : t;
        }
        if (x < noise * 0.8) {
            int sp = t.lastIndexOf(' ');
            return sp > 0 ? t.substring(0, sp) + "\u00A0" + t.substring(sp + 1) : t;
        }
        if (x < noise * 0.85) {
            return " " + t;
        }
        return t;
    }
}
