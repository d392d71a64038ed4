package dev.linesift.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.InputFormat;
import dev.linesift.LabeledLine;
import dev.linesift.LabeledPage;
import dev.linesift.Shared;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For plain text, labeling is lossless: one labeled line per non-blank input line, in order,
 * with exactly the input's text; the article text is made of those lines, unchanged.
 */
class LosslessPropertiesTest {

    /** A page: lines of mixed scripts, tabs, odd spacing, blank and white-space-only lines. */
    @Provide
    Arbitrary<List<String>> pages() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("æøåÆØÅäöüßéèçñ").ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withChars("|•·–—-«»\"'()[]:;,.!?%€$#@/\\").ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u4E00', '\u4E50').ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("\uD83D\uDE00", "\u00A0", "\u200B", "→", "›"));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "  ", "\t", " \t ");
        Arbitrary<String> line = Combinators.combine(
                word.list().ofMinSize(0).ofMaxSize(30), separator, Arbitraries.of("", "", " ", "\t", "  "), Arbitraries.of("", "", " ", "\t"))
                .as((words, sep, lead, trail) -> lead + String.join(sep, words) + trail);
        return line.list().ofMinSize(0).ofMaxSize(60);
    }

    @Property(tries = 150)
    void labelKeepsEveryNonBlankLineExactly(@ForAll("pages") List<String> lines,
                                            @ForAll("endings") String ending) {
        String text = String.join(ending, lines);
        LabeledPage page = Shared.detector().label(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "-", InputFormat.TEXT);
        List<String> expected = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                expected.add(lines.get(i));
                numbers.add(i + 1);
            }
        }
        assertEquals(expected, page.lines().stream().map(LabeledLine::text).toList());
        assertEquals(numbers, page.lines().stream().map(LabeledLine::number).toList());
        for (LabeledLine l : page.lines()) {
            assertTrue(l.confidence() >= 0 && l.confidence() <= 1);
        }
        List<String> article = page.lines().stream().filter(LabeledLine::isArticle).map(LabeledLine::text).toList();
        assertEquals(String.join("\n", article), page.articleText());
    }

    @Provide
    Arbitrary<String> endings() {
        return Arbitraries.of("\n", "\r\n");
    }

    @Property(tries = 100)
    void theStringApiAgreesWithTheStreamApi(@ForAll("pages") List<String> lines) {
        String text = String.join("\n", lines);
        LabeledPage a = Shared.detector().label(text);
        LabeledPage b = Shared.detector().label(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "-", InputFormat.TEXT);
        assertEquals(a.lines(), b.lines());
    }
}
