package dev.linesift;

import java.util.Locale;

/**
 * Languages linesift can detect, by ISO 639-1 code. {@link #UNKNOWN} stands for a line
 * with too few letters, or one no detector language fits; it is never {@code null}.
 */
public enum Language {
    /** English ({@code en}). */
    ENGLISH("en"),
    /** Norwegian Bokmål ({@code nb}); {@link #fromCode(String)} also accepts the macrolanguage code {@code no}. */
    BOKMAL("nb"),
    /** Norwegian Nynorsk ({@code nn}). */
    NYNORSK("nn"),
    /** Swedish ({@code sv}). */
    SWEDISH("sv"),
    /** Danish ({@code da}). */
    DANISH("da"),
    /** German ({@code de}). */
    GERMAN("de"),
    /** French ({@code fr}). */
    FRENCH("fr"),
    /** Spanish ({@code es}). */
    SPANISH("es"),
    /** Italian ({@code it}). */
    ITALIAN("it"),
    /** Dutch ({@code nl}). */
    DUTCH("nl"),
    /** Portuguese ({@code pt}). */
    PORTUGUESE("pt"),
    /** Finnish ({@code fi}). */
    FINNISH("fi"),
    /** Polish ({@code pl}). */
    POLISH("pl"),
    /** Icelandic ({@code is}). */
    ICELANDIC("is"),
    /** Estonian ({@code et}). */
    ESTONIAN("et"),
    /** Latvian ({@code lv}). */
    LATVIAN("lv"),
    /** Lithuanian ({@code lt}). */
    LITHUANIAN("lt"),
    /** Czech ({@code cs}). */
    CZECH("cs"),
    /** Slovak ({@code sk}). */
    SLOVAK("sk"),
    /** Slovene ({@code sl}). */
    SLOVENE("sl"),
    /** Croatian ({@code hr}). */
    CROATIAN("hr"),
    /** Hungarian ({@code hu}). */
    HUNGARIAN("hu"),
    /** Romanian ({@code ro}). */
    ROMANIAN("ro"),
    /** Greek ({@code el}). */
    GREEK("el"),
    /** Russian ({@code ru}). */
    RUSSIAN("ru"),
    /** Ukrainian ({@code uk}). */
    UKRAINIAN("uk"),
    /** Turkish ({@code tr}). */
    TURKISH("tr"),
    /** Arabic ({@code ar}). */
    ARABIC("ar"),
    /** Chinese ({@code zh}). */
    CHINESE("zh"),
    /** Japanese ({@code ja}). */
    JAPANESE("ja"),
    /** Korean ({@code ko}). */
    KOREAN("ko"),
    /** No language could be told: too few letters, or no candidate fits. */
    UNKNOWN("unknown");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** {@return the ISO 639-1 code, or {@code "unknown"} for {@link #UNKNOWN}} */
    public String code() {
        return code;
    }

    /**
     * Looks a language up by ISO 639-1 code (case-insensitive, surrounding white space
     * ignored); {@code "no"} means Bokmål, and {@code "unknown"} gives {@link #UNKNOWN}.
     *
     * @param code an ISO 639-1 code such as {@code "sv"}, not {@code null}
     * @return the language with that code
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
