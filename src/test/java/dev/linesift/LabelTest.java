package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabelTest {
    @Test
    void codesRoundTrip() {
        for (Label l : Label.values()) {
            assertEquals(l, Label.fromCode(l.code()));
            assertEquals(l, Label.fromCode(" " + l.code().toUpperCase() + " "));
        }
        assertEquals("article", Label.ARTICLE.code());
    }

    @Test
    void unknownCodeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Label.fromCode("advert"));
    }

    @Test
    void languageCodes() {
        assertEquals(Language.BOKMAL, Language.fromCode("nb"));
        assertEquals(Language.BOKMAL, Language.fromCode("no"));
        assertEquals("unknown", Language.UNKNOWN.code());
        assertThrows(IllegalArgumentException.class, () -> Language.fromCode("xx"));
    }
}
