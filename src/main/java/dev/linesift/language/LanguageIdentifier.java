package dev.linesift.language;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.linesift.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * Tells the language of each line of a page with Lingua, built once from a language subset and
 * shared by all threads (Lingua's detector is thread-safe and keeps its models statically).
 *
 * <p>Short lines are where detectors fail ("Se alt" reads as German), so a line with few letters
 * is decided among the languages the page's longer lines are in, when one of them is a close
 * candidate. Lines with almost no letters are {@link Language#UNKNOWN}.
 */
public final class LanguageIdentifier {
    /** Lines with fewer letters than this get {@link Language#UNKNOWN}. */
    public static final int MIN_LETTERS = 3;
    /** Lines with fewer letters than this are decided with the page's languages as a prior. */
    public static final int SHORT_LETTERS = 24;

    private final LanguageDetector detector;
    private final Set<Language> languages;
    private final boolean lowAccuracy;
    private final int analysedChars;

    private LanguageIdentifier(Set<Language> languages, boolean lowAccuracy, int analysedChars) {
        this.languages = Set.copyOf(languages);
        this.lowAccuracy = lowAccuracy;
        this.analysedChars = analysedChars;
        List<com.github.pemistahl.lingua.api.Language> lingua = new ArrayList<>();
        for (Language l : languages) {
            lingua.add(LinguaLanguages.toLingua(l));
        }
        LanguageDetectorBuilder builder = LanguageDetectorBuilder
                .fromLanguages(lingua.toArray(new com.github.pemistahl.lingua.api.Language[0]))
                .withPreloadedLanguageModels();
        if (lowAccuracy) {
            builder = builder.withLowAccuracyMode();
        }
        this.detector = builder.build();
    }

    /**
     * Builds an identifier for the given languages (at least two).
     *
     * @param lowAccuracy   Lingua's low-accuracy mode: trigram models only, several times faster
     *                      and far smaller in memory, slightly less accurate on short text
     * @param analysedChars how much of each line is looked at
     */
    public static LanguageIdentifier of(Set<Language> languages, boolean lowAccuracy, int analysedChars) {
        Objects.requireNonNull(languages, "languages");
        EnumSet<Language> set = languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
        set.remove(Language.UNKNOWN);
        if (set.size() < 2) {
            throw new IllegalArgumentException("at least two languages are needed, got " + languages);
        }
        return new LanguageIdentifier(set, lowAccuracy, analysedChars);
    }

    public Set<Language> languages() {
        return languages;
    }

    public boolean lowAccuracy() {
        return lowAccuracy;
    }

    /** The languages of a page's lines, and the page's dominant language. */
    public record PageLanguages(List<Language> perLine, Language dominant, Map<Language, Integer> lettersByLanguage) {
    }

    /**
     * Detects the language of every text (blank ones get {@link Language#UNKNOWN}). Identical
     * texts are detected once.
     */
    public PageLanguages detect(List<String> texts) {
        int n = texts.size();
        Language[] result = new Language[n];
        int[] letters = new int[n];
        Map<String, Language> longCache = new HashMap<>();
        EnumMap<Language, Integer> byLanguage = new EnumMap<>(Language.class);
        // Long lines first: they are reliable, and they make the prior for the short ones.
        for (int i = 0; i < n; i++) {
            String text = texts.get(i);
            letters[i] = countLetters(text, analysedChars);
            if (letters[i] >= SHORT_LETTERS) {
                result[i] = longCache.computeIfAbsent(text, t -> LinguaLanguages.fromLingua(detector.detectLanguageOf(clip(t))));
                byLanguage.merge(result[i], letters[i], Integer::sum);
            }
        }
        byLanguage.remove(Language.UNKNOWN);
        Map<String, Language> shortCache = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (result[i] != null) {
                continue;
            }
            if (letters[i] < MIN_LETTERS) {
                result[i] = Language.UNKNOWN;
                continue;
            }
            result[i] = shortCache.computeIfAbsent(texts.get(i), t -> detectShort(t, byLanguage.keySet()));
        }
        Language dominant = Language.UNKNOWN;
        int best = 0;
        for (Map.Entry<Language, Integer> e : byLanguage.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                dominant = e.getKey();
            }
        }
        if (dominant == Language.UNKNOWN) {
            // A page of short lines only: count them instead.
            EnumMap<Language, Integer> counts = new EnumMap<>(Language.class);
            for (int i = 0; i < n; i++) {
                if (result[i] != Language.UNKNOWN) {
                    counts.merge(result[i], letters[i], Integer::sum);
                }
            }
            for (Map.Entry<Language, Integer> e : counts.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    dominant = e.getKey();
                }
            }
        }
        return new PageLanguages(List.of(result), dominant, Map.copyOf(byLanguage));
    }

    /** The language of one piece of text, without any page context. */
    public Language detect(String text) {
        if (countLetters(text, analysedChars) < MIN_LETTERS) {
            return Language.UNKNOWN;
        }
        return LinguaLanguages.fromLingua(detector.detectLanguageOf(clip(text)));
    }

    private Language detectShort(String text, Set<Language> pageLanguages) {
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> values =
                detector.computeLanguageConfidenceValues(clip(text));
        com.github.pemistahl.lingua.api.Language top = null;
        double topValue = 0;
        Language prior = Language.UNKNOWN;
        double priorValue = 0;
        for (Map.Entry<com.github.pemistahl.lingua.api.Language, Double> e : values.entrySet()) {
            double v = e.getValue();
            if (v > topValue) {
                topValue = v;
                top = e.getKey();
            }
            Language l = LinguaLanguages.fromLingua(e.getKey());
            if (pageLanguages.contains(l) && v > priorValue) {
                priorValue = v;
                prior = l;
            }
        }
        if (top == null) {
            return Language.UNKNOWN;
        }
        // Relative confidences: accept the page's language when it is a close second.
        if (prior != Language.UNKNOWN && priorValue >= 0.75 * topValue) {
            return prior;
        }
        return LinguaLanguages.fromLingua(top);
    }

    private String clip(String text) {
        return text.length() <= analysedChars ? text : text.substring(0, analysedChars);
    }

    static int countLetters(String text, int limit) {
        int n = Math.min(text.length(), limit);
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
