package dev.linesift;

import java.util.Locale;

/**
 * Languages linesift can detect, by ISO 639-1 code. {@link #UNKNOWN} stands for a line
 * with too few letters, or one no detector language fits; it is never {@code null}.
 */
public enum Language {
    ENGLISH("en"), BOKMAL("nb"), NYNORSK("nn"), SWEDISH("sv"), DANISH("da"), GERMAN("de"),
    FRENCH("fr"), SPANISH("es"), ITALIAN("it"), DUTCH("nl"), PORTUGUESE("pt"), FINNISH("fi"),
    POLISH("pl"), ICELANDIC("is"), ESTONIAN("et"), LATVIAN("lv"), LITHUANIAN("lt"), CZECH("cs"),
    SLOVAK("sk"), SLOVENE("sl"), CROATIAN("hr"), HUNGARIAN("hu"), ROMANIAN("ro"), GREEK("el"),
    RUSSIAN("ru"), UKRAINIAN("uk"), TURKISH("tr"), ARABIC("ar"), CHINESE("zh"), JAPANESE("ja"),
    KOREAN("ko"),
    /** No language could be told: too few letters, or no candidate fits. */
    UNKNOWN("unknown");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, or {@code "unknown"} for {@link #UNKNOWN}. */
    public String code() {
        return code;
    }

    /**
     * Looks a language up by ISO 639-1 code (case-insensitive); {@code "no"} means Bokmål.
     *
     * @throws IllegalArgumentException for a code linesift does not know
     */
    public static Language fromCode(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.equals("no")) {
            return BOKMAL;
        }
        for (Language language : values()) {
            if (language.code.equals(c)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language code '" + code + "'");
    }
}
