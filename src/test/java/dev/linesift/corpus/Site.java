package dev.linesift.corpus;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One invented web site of a family: its interface language and strings, brand, and the style
 * choices that stay the same on all its pages (date format, blank lines, separators, menus).
 */
final class Site {
    final String id;
    final String family;
    final String uiLang;
    final String contentLang;
    final Parts.UiBank ui;
    final String brand;
    final Locale locale;
    final DateTimeFormatter dateFormat;
    final DateTimeFormatter dateTimeFormat;
    /** 0 no blank lines, 1 between paragraphs, 2 between every block at random. */
    final int blankStyle;
    final String separator;
    final boolean upperKickers;
    final List<String> nav;
    final List<String> footer;
    final List<String> cookieBox;
    final List<String> newsletterBox;
    final double noise;
    final Random random;

    Site(String id, String family, String uiLang, String contentLang, Parts parts, Random r) {
        this.id = id;
        this.family = family;
        this.uiLang = uiLang;
        this.contentLang = contentLang;
        this.ui = parts.ui.get(uiLang);
        if (ui == null) {
            throw new IllegalStateException("no ui bank for " + uiLang);
        }
        this.random = r;
        this.brand = pick(ui.get("brands"), r);
        this.locale = locale(uiLang, r);
        this.dateFormat = pickDate(locale, r);
        this.dateTimeFormat = pickDateTime(locale, r);
        this.blankStyle = r.nextInt(3);
        this.separator = pick(List.of(" | ", "|", " · ", " • ", " – ", "  |  ", " / "), r);
        this.upperKickers = r.nextBoolean();
        this.nav = sample(ui.get("teaser.nav"), 6 + r.nextInt(10), r);
        this.footer = sample(ui.get("teaser.footer"), 4 + r.nextInt(8), r);
        this.cookieBox = cookie(ui.get("paywall.cookie"), r);
        this.newsletterBox = sample(ui.get("paywall.newsletter"), 4 + r.nextInt(5), r);
        this.noise = 0.02 + r.nextDouble() * 0.06;
    }

    private static List<String> cookie(List<String> lines, Random r) {
        return sample(lines, 6 + r.nextInt(11), r);
    }

    static Locale locale(String lang, Random r) {
        return switch (lang) {
            case "en" -> r.nextBoolean() ? Locale.UK : Locale.US;
            case "nb" -> Locale.forLanguageTag("nb-NO");
            case "nn" -> Locale.forLanguageTag("nn-NO");
            case "sv" -> Locale.forLanguageTag("sv-SE");
            case "da" -> Locale.forLanguageTag("da-DK");
            case "de" -> r.nextInt(4) == 0 ? Locale.forLanguageTag("de-AT") : Locale.GERMANY;
            case "fi" -> Locale.forLanguageTag("fi-FI");
            case "fr" -> Locale.FRANCE;
            case "nl" -> Locale.forLanguageTag("nl-NL");
            case "es" -> Locale.forLanguageTag("es-ES");
            case "pl" -> Locale.forLanguageTag("pl-PL");
            case "it" -> Locale.ITALY;
            default -> Locale.ROOT;
        };
    }

    private static DateTimeFormatter pickDate(Locale l, Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l);
            case 1 -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l);
            case 2 -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(l);
            case 3 -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(l);
            case 4 -> DateTimeFormatter.ofPattern("dd.MM.yyyy", l);
            case 5 -> DateTimeFormatter.ofPattern("d MMM yyyy", l);
            default -> DateTimeFormatter.ofPattern("yyyy-MM-dd", l);
        };
    }

    private static DateTimeFormatter pickDateTime(Locale l, Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l);
            case 1 -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(l);
            case 2 -> DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", l);
            case 3 -> DateTimeFormatter.ofPattern("d. MMM yyyy HH.mm", l);
            default -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", l);
        };
    }

    String date(LocalDateTime t) {
        return dateFormat.format(t);
    }

    String dateTime(LocalDateTime t) {
        return dateTimeFormat.format(t);
    }

    static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    /** {@code k} distinct items in random order (all of them when the list is shorter). */
    static <T> List<T> sample(List<T> list, int k, Random r) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.shuffle(copy, r);
        return new ArrayList<>(copy.subList(0, Math.min(k, copy.size())));
    }
}
