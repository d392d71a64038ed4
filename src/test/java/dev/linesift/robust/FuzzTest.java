package dev.linesift.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.InputFormat;
import dev.linesift.LabeledPage;
import dev.linesift.LineSiftException;
import dev.linesift.Shared;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random bytes and random HTML never end in anything but a result or a {@link LineSiftException}.
 * The default test run tries {@code linesift.fuzz.count} inputs (a few thousand); the fuzz
 * profile ({@code mvn -Pfuzz test}) runs 100,000.
 */
class FuzzTest {
    private static final int COUNT = Integer.getInteger("linesift.fuzz.count", 3000);
    private static final String[] TAGS = {"p", "div", "span", "a", "li", "ul", "nav", "footer", "h1", "h2", "table", "td", "tr",
        "script", "style", "noscript", "template", "article", "aside", "b", "i", "br", "img", "form", "button", "iframe", "svg"};

    @Test
    @Tag("fuzz")
    void fuzzLong() {
        run(COUNT);
    }

    @Test
    void fuzzShort() {
        run(Math.min(COUNT, 3000));
    }

    private static void run(int count) {
        Random r = new Random(20261127L);
        int results = 0;
        int errors = 0;
        for (int i = 0; i < count; i++) {
            byte[] input = switch (i % 4) {
                case 0 -> randomBytes(r);
                case 1 -> randomHtml(r).getBytes(StandardCharsets.UTF_8);
                case 2 -> mutate(randomHtml(r).getBytes(StandardCharsets.UTF_8), r);
                default -> randomText(r).getBytes(r.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            };
            InputFormat format = i % 3 == 0 ? InputFormat.AUTO : i % 3 == 1 ? InputFormat.HTML : InputFormat.TEXT;
            try {
                LabeledPage page = Shared.detector().label(new ByteArrayInputStream(input), "fuzz-" + i, format);
                assertTrue(page.lines().size() <= page.lineCount());
                results++;
            } catch (LineSiftException e) {
                assertTrue(e.getMessage().startsWith("fuzz-" + i + ": "), e.getMessage());
                errors++;
            }
        }
        assertTrue(results + errors == count);
        assertTrue(results > count / 2, "most inputs give a result: " + results);
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(2000)];
        r.nextBytes(b);
        return b;
    }

    private static byte[] mutate(byte[] b, Random r) {
        for (int k = 0; k < 1 + r.nextInt(10) && b.length > 0; k++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }

    private static String randomText(Random r) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(400);
        for (int i = 0; i < n; i++) {
            int c = r.nextInt(10);
            s.append(c == 0 ? '\n' : c == 1 ? '\t' : c == 2 ? ' ' : (char) (r.nextBoolean() ? 'a' + r.nextInt(26) : 0x20 + r.nextInt(0x2FF)));
        }
        return s.toString();
    }

    private static String randomHtml(Random r) {
        StringBuilder s = new StringBuilder(r.nextBoolean() ? "<!DOCTYPE html><html><body>" : "");
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            String tag = TAGS[r.nextInt(TAGS.length)];
            switch (r.nextInt(6)) {
                case 0 -> s.append('<').append(tag).append(r.nextBoolean() ? " class=\"x y-" + r.nextInt(9) + "\"" : "")
                        .append(r.nextInt(8) == 0 ? " hidden" : "").append('>');
                case 1 -> s.append("</").append(tag).append('>');
                case 2 -> s.append(randomText(r).replace('\n', ' '));
                case 3 -> s.append(r.nextBoolean() ? "&amp;" : "&#").append(r.nextInt(99999)).append(';');
                case 4 -> s.append("<!--").append(r.nextBoolean() ? "comment-->" : "");
                default -> s.append(r.nextBoolean() ? "<" : ">");
            }
        }
        return s.toString();
    }
}
