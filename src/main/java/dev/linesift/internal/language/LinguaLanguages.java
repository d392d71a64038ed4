package dev.linesift.internal.language;

import dev.linesift.Language;
import java.util.EnumMap;
import java.util.Map;

/** Maps linesift's {@link Language} to Lingua's and back. */
final class LinguaLanguages {
    private static final Map<Language, com.github.pemistahl.lingua.api.Language> TO = new EnumMap<>(Language.class);
    private static final Map<com.github.pemistahl.lingua.api.Language, Language> FROM =
            new EnumMap<>(com.github.pemistahl.lingua.api.Language.class);

    static {
        for (Language l : Language.values()) {
            if (l == Language.UNKNOWN) {
                continue;
            }
            com.github.pemistahl.lingua.api.Language lingua = com.github.pemistahl.lingua.api.Language.valueOf(l.name());
            TO.put(l, lingua);
            FROM.put(lingua, l);
        }
    }

    private LinguaLanguages() {
    }

    static com.github.pemistahl.lingua.api.Language toLingua(Language language) {
        com.github.pemistahl.lingua.api.Language l = TO.get(language);
        if (l == null) {
            throw new IllegalArgumentException("not a detectable language: " + language);
        }
        return l;
    }

    static Language fromLingua(com.github.pemistahl.lingua.api.Language language) {
        return FROM.getOrDefault(language, Language.UNKNOWN);
    }
}
