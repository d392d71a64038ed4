package dev.linesift.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCXB's own scoring, as {@code ../shared/bench/README.md} gives it: lowercased Unicode word
 * runs, precision and recall from the multiset overlap of tokens (bags of words, no shingles:
 * word order does not count), F1 per page, and precision, recall and F1 each averaged over pages.
 * Unlike {@link ShingleScore}, the reported F1 is the mean of the pages' F1, not the F1 of the
 * means. Snippets are counted over all pages together, not averaged per page.
 */
final class WcxbScore {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * One page: precision, recall and F1 of its tokens, and how many of its {@code with} and
     * {@code without} snippets the prediction contains.
     */
    record Page(double precision, double recall, double f1, int withFound, int withTotal, int withoutFound,
                int withoutTotal) {
    }

    private WcxbScore() {
    }

    /** Lowercased {@code \w+} runs, counted. */
    static Map<String, Integer> tokens(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }

    static Page score(String predicted, String truth, List<String> with, List<String> without) {
        Map<String, Integer> p = tokens(predicted);
        Map<String, Integer> t = tokens(truth);
        long predictedTokens = p.values().stream().mapToLong(Integer::longValue).sum();
        long truthTokens = t.values().stream().mapToLong(Integer::longValue).sum();
        String lower = predicted.toLowerCase(Locale.ROOT);
        int withFound = found(lower, with);
        int withoutFound = found(lower, without);
        if (truthTokens == 0 || predictedTokens == 0) {
            double s = truthTokens == 0 && predictedTokens == 0 ? 1 : 0;
            return new Page(s, s, s, withFound, with.size(), withoutFound, without.size());
        }
        long overlap = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            overlap += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) overlap / predictedTokens;
        double recall = (double) overlap / truthTokens;
        double f1 = overlap == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Page(precision, recall, f1, withFound, with.size(), withoutFound, without.size());
    }

    /** How many of the snippets occur in {@code lowerText} (already lowercased), ignoring case. */
    private static int found(String lowerText, List<String> snippets) {
        int n = 0;
        for (String s : snippets) {
            if (lowerText.contains(s.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Means over pages of precision, recall and F1; the share of all {@code with} snippets kept
     * and of all {@code without} snippets leaked (NaN when the pages hold none).
     */
    record Summary(double precision, double recall, double f1, double withKept, double withoutLeaked, int pages) {
        static Summary of(List<Page> pages) {
            double p = pages.stream().mapToDouble(Page::precision).average().orElse(0);
            double r = pages.stream().mapToDouble(Page::recall).average().orElse(0);
            double f1 = meanF1(pages);
            long wf = pages.stream().mapToLong(Page::withFound).sum();
            long wt = pages.stream().mapToLong(Page::withTotal).sum();
            long of = pages.stream().mapToLong(Page::withoutFound).sum();
            long ot = pages.stream().mapToLong(Page::withoutTotal).sum();
            return new Summary(p, r, f1, wt == 0 ? Double.NaN : (double) wf / wt, ot == 0 ? Double.NaN : (double) of / ot,
                    pages.size());
        }
    }

    /** WCXB's reported F1: the mean of the pages' F1 (0 for no pages). */
    static double meanF1(List<Page> pages) {
        return pages.stream().mapToDouble(Page::f1).average().orElse(0);
    }
}
