package dev.linesift.language;

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
        var langs = ID.detect(List.of("12:30", "|", "a", "The council voted on Tuesday to add two crossings to the route."));
        assertEquals(Language.UNKNOWN, langs.perLine().get(0));
        assertEquals(Language.UNKNOWN, langs.perLine().get(1));
        assertEquals(Language.UNKNOWN, langs.perLine().get(2));
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
    void shortLinesLeanOnThePageLanguages() {
        // On a Norwegian page a short Norwegian line should not drift to a neighbouring language.
        var langs = ID.detect(List.of(
                "Kommunestyret vedtok tirsdag å legge ned den lille grendeskolen etter en lang debatt.",
                "Politiet ber folk la bilen stå hjemme i dag fordi veiene er speilblanke.",
                "Se alle saker"));
        assertEquals(Language.BOKMAL, langs.perLine().get(2));
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
