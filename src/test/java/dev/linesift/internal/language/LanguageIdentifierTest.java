package dev.linesift.internal.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.linesift.Language;
import dev.linesift.LineSift;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final LanguageIdentifier ID = LanguageIdentifier.of(LineSift.DEFAULT_LANGUAGES, true, 1000);

    @Test
    void longLinesGetTheirLanguage() {
        var langs = ID.detect(List.of(
                "The council voted on Tuesday to add two late-evening crossings to the island route.",
                "Kommunestyret vedtok tirsdag å legge ned den lille grendeskolen etter en lang debatt.",
                "Riksdagen röstade på onsdagen igenom förslaget om nya regler för hyresrätter i storstäderna."));
        assertEquals(List.of(Language.ENGLISH, Language.BOKMAL, Language.SWEDISH), langs.perLine());
    }

    @Test
    void fewLettersMeanUnknown() {
        var langs = ID.detect(List.of("12:30", "|", "a", "Se alt", "Logg inn",
                "The council voted on Tuesday to add two crossings to the route."));
        for (int i = 0; i < 5; i++) {
            assertEquals(Language.UNKNOWN, langs.perLine().get(i), "line " + i);
        }
        assertEquals(Language.ENGLISH, langs.dominant());
    }

    @Test
    void linesOutsideTheSampleAreDetectedAmongThePageLanguages() {
        List<String> page = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            page.add("The council voted on Tuesday to add two late-evening crossings, number " + i + ".");
        }
        page.add(5, "Start din gratis prøveperiode i dag og få tilgang til alle artiklene våre.");
        page.add(9, "Allerede abonnent? Logg inn her for å lese videre.");
        var langs = ID.detect(page);
        assertEquals(Language.BOKMAL, langs.perLine().get(5));
        assertEquals(Language.BOKMAL, langs.perLine().get(9));
        assertEquals(Language.ENGLISH, langs.perLine().get(0));
        assertEquals(Language.ENGLISH, langs.dominant());
    }

    @Test
    void theDominantLanguageCountsLetters() {
        var langs = ID.detect(List.of(
                "Kjøp abonnement",
                "Logg inn",
                "The council voted on Tuesday to add two late-evening crossings to the island route, ending a long dispute."));
        assertEquals(Language.ENGLISH, langs.dominant());
    }


    @Test
    void everyLanguageMapsToLingua() {
        for (Language l : Language.values()) {
            if (l != Language.UNKNOWN) {
                assertEquals(l, LinguaLanguages.fromLingua(LinguaLanguages.toLingua(l)));
            }
        }
    }

    @Test
    void needsTwoLanguages() {
        assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.of(EnumSet.of(Language.ENGLISH), true, 100));
    }
}
