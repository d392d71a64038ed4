package dev.linesift.internal.language;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.linesift.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * Tells the language of each line of a page with Lingua, built once from a language subset and
 * shared by all threads (Lingua's detector is thread-safe and keeps its models statically).
 *
 * <p>Short lines are where detectors fail ("Se alt" reads as German): lines with fewer than
 * {@link #MIN_LETTERS} letters are {@link Language#UNKNOWN}.
 */
public final class LanguageIdentifier {
    /** Lines with fewer letters than this get {@link Language#UNKNOWN}: too short to tell. */
    public static final int MIN_LETTERS = 20;
    /** Characters of a line the detector reads; a line's language shows in its first words. */
    public static final int DETECT_CHARS = 48;
    /** Lines detected with every configured language, spread over the page. */
    static final int SAMPLE_LINES = 4;
    /** Restricted detectors kept per identifier, by candidate set. */
    private static final int MAX_DETECTORS = 128;

    private final LanguageDetector detector;
    private final Set<Language> languages;
    private final boolean lowAccuracy;
    private final int analysedChars;
    private final java.util.concurrent.ConcurrentHashMap<Set<Language>, LanguageDetector> restricted =
            new java.util.concurrent.ConcurrentHashMap<>();

    private LanguageIdentifier(Set<Language> languages, boolean lowAccuracy, int analysedChars) {
        this.languages = Set.copyOf(languages);
        this.lowAccuracy = lowAccuracy;
        this.analysedChars = analysedChars;
        this.detector = build(languages, lowAccuracy);
    }

    private static LanguageDetector build(Set<Language> languages, boolean lowAccuracy) {
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
        return builder.build();
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

    /** How much of each line is looked at. */
    public int analysedChars() {
        return analysedChars;
    }

    /** The languages of a page's lines, and the page's dominant language. */
    public record PageLanguages(List<Language> perLine, Language dominant, Map<Language, Integer> lettersByLanguage) {
    }

    /**
     * Detects the language of every text (blank ones and ones with fewer than
     * {@link #MIN_LETTERS} letters get {@link Language#UNKNOWN}). Lingua costs tens of
     * microseconds a call whatever the text, so a page is done in two steps: a few lines spread
     * over it are detected among all configured languages, which gives the page's candidate
     * languages (each sample's language, plus English, plus the best runner-up when that leaves
     * only one); then every other
     * distinct line is detected among those candidates only, on its first words.
     */
    public PageLanguages detect(List<String> texts) {
        int n = texts.size();
        Language[] result = new Language[n];
        int[] letters = new int[n];
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            letters[i] = countLetters(texts.get(i), analysedChars);
            if (letters[i] >= MIN_LETTERS) {
                distinct.add(texts.get(i));
            } else {
                result[i] = Language.UNKNOWN;
            }
        }
        Map<String, Language> known = new HashMap<>();
        if (!distinct.isEmpty()) {
            List<String> candidates = new ArrayList<>(distinct);
            EnumSet<Language> page = EnumSet.noneOf(Language.class);
            Language runnerUp = Language.UNKNOWN;
            double runnerUpValue = 0;
            int samples = Math.min(SAMPLE_LINES, candidates.size());
            for (int k = 0; k < samples; k++) {
                String text = candidates.get((int) ((long) k * candidates.size() / samples));
                SortedMap<com.github.pemistahl.lingua.api.Language, Double> values =
                        detector.computeLanguageConfidenceValues(clip(text));
                Language top = Language.UNKNOWN;
                double topValue = 0;
                for (Map.Entry<com.github.pemistahl.lingua.api.Language, Double> e : values.entrySet()) {
                    if (e.getValue() > topValue) {
                        topValue = e.getValue();
                        top = LinguaLanguages.fromLingua(e.getKey());
                    }
                }
                known.put(text, top);
                page.add(top);
                for (Map.Entry<com.github.pemistahl.lingua.api.Language, Double> e : values.entrySet()) {
                    Language l = LinguaLanguages.fromLingua(e.getKey());
                    if (l != top && e.getValue() > runnerUpValue) {
                        runnerUpValue = e.getValue();
                        runnerUp = l;
                    }
                }
            }
            page.remove(Language.UNKNOWN);
            if (languages.contains(Language.ENGLISH)) {
                page.add(Language.ENGLISH);
            }
            if (page.size() < 2 && runnerUp != Language.UNKNOWN) {
                // A one-language sample still leaves room for the closest other language.
                page.add(runnerUp);
            }
            LanguageDetector among = page.size() >= 2 ? restrictedTo(page) : detector;
            for (String text : candidates) {
                if (!known.containsKey(text)) {
                    known.put(text, LinguaLanguages.fromLingua(among.detectLanguageOf(clip(text))));
                }
            }
        }
        EnumMap<Language, Integer> byLanguage = new EnumMap<>(Language.class);
        for (int i = 0; i < n; i++) {
            if (result[i] == null) {
                result[i] = known.getOrDefault(texts.get(i), Language.UNKNOWN);
            }
            if (result[i] != Language.UNKNOWN) {
                byLanguage.merge(result[i], letters[i], Integer::sum);
            }
        }
        return new PageLanguages(List.of(result), dominant(byLanguage), Map.copyOf(byLanguage));
    }

    /**
     * The language with the most letters, {@link Language#UNKNOWN} when none; a tie goes to the
     * language declared first. The one rule for a page's dominant language, for one segment or
     * summed over a long page's segments.
     */
    public static Language dominant(Map<Language, Integer> lettersByLanguage) {
        Language dominant = Language.UNKNOWN;
        int best = 0;
        for (Map.Entry<Language, Integer> e : new java.util.TreeMap<>(lettersByLanguage).entrySet()) {
            if (e.getKey() != Language.UNKNOWN && e.getValue() > best) {
                best = e.getValue();
                dominant = e.getKey();
            }
        }
        return dominant;
    }

    /** The language of one piece of text among all configured languages, without page context. */
    public Language detect(String text) {
        if (!detectable(text, analysedChars)) {
            return Language.UNKNOWN;
        }
        return LinguaLanguages.fromLingua(detector.detectLanguageOf(clip(text)));
    }

    /** A detector for a subset of the languages; Lingua shares the loaded models among detectors. */
    private LanguageDetector restrictedTo(Set<Language> subset) {
        LanguageDetector d = restricted.get(subset);
        if (d != null) {
            return d;
        }
        d = build(subset, lowAccuracy);
        if (restricted.size() < MAX_DETECTORS) {
            restricted.putIfAbsent(Set.copyOf(subset), d);
        }
        return d;
    }

    /** The start of a line, cut at a word boundary near {@link #DETECT_CHARS}. */
    private String clip(String text) {
        int limit = Math.min(DETECT_CHARS, analysedChars);
        if (text.length() <= limit + 16) {
            return text;
        }
        int cut = text.indexOf(' ', limit);
        return text.substring(0, cut < 0 || cut > limit + 16 ? limit : cut);
    }

    /**
     * Whether a text is long enough to be detected: at least {@link #MIN_LETTERS} letters in its
     * first {@code analysedChars} characters. Shorter lines are {@link Language#UNKNOWN} without
     * a call to Lingua.
     */
    public static boolean detectable(String text, int analysedChars) {
        return countLetters(text, analysedChars) >= MIN_LETTERS;
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
