package dev.linesift.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HtmlLineHandlerTest {

    /** The definition the hand-written tokenizer must agree with. */
    private static List<String> byRegex(String value, List<String> out) {
        for (String t : value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (t.length() >= 2 && t.length() <= 30 && out.size() < 8) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> tokens(String value, List<String> out) {
        HtmlElement.tokens(value, out);
        return out;
    }

    @Test
    void classAndIdValuesSplitIntoLowerCaseWordRuns() {
        assertEquals(List.of("article", "body", "v2"), tokens("c-Article__body--v2 x", new ArrayList<>()));
        assertEquals(List.of("støry", "ⅻth", "٣٤"), tokens("støry ⅻth ٣٤", new ArrayList<>()));
        assertEquals(List.of(), tokens("a b c " + "x".repeat(31), new ArrayList<>()));
    }

    @Test
    void atMostEightTokensPerElement() {
        List<String> out = new ArrayList<>(List.of("aa", "bb", "cc", "dd", "ee", "ff", "gg"));
        assertEquals(8, tokens("hh ii jj", out).size());
        assertEquals("hh", out.get(7));
    }

    @Property(tries = 2000)
    void agreesWithTheRegularExpressionSplit(@ForAll @StringLength(max = 60) String value) {
        assertEquals(byRegex(value, new ArrayList<>()), tokens(value, new ArrayList<>()));
    }

    @Property(tries = 500)
    void agreesOnClassLikeValues(@ForAll("classValues") String value) {
        assertEquals(byRegex(value, new ArrayList<>()), tokens(value, new ArrayList<>()));
    }

    @Provide
    Arbitrary<String> classValues() {
        return Arbitraries.strings().withChars("abcXYZ09-_ é𝒜Ⅻ٣\u0301").ofMaxLength(80);
    }
}
