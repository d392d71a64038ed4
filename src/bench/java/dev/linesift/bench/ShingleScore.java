package dev.linesift.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scrapinghub article-extraction benchmark's scoring, as {@code ../shared/bench/README.md}
 * describes it: Unicode word runs, 4-token shingles (a shorter text is one shingle), true
 * positives as the multiset overlap, precision and recall per page, averaged over pages.
 */
final class ShingleScore {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Per-page precision and recall. */
    record Page(double precision, double recall, boolean exact) {
    }

    private ShingleScore() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.size() < 4) {
            out.merge(List.copyOf(tokens), 1, Integer::sum);
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }

    static Page score(String predicted, String truth) {
        List<String> pt = tokens(predicted);
        List<String> tt = tokens(truth);
        Map<List<String>, Integer> p = shingles(pt);
        Map<List<String>, Integer> t = shingles(tt);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), inTruth);
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        boolean exact = pt.equals(tt);
        if (tp + fp + fn == 0) {
            return new Page(1, 1, exact);
        }
        if (tp == 0) {
            return new Page(0, 0, exact);
        }
        return new Page((double) tp / (tp + fp), (double) tp / (tp + fn), exact);
    }

    /** Mean precision, mean recall, F1 of the means, and the share of exact pages. */
    record Summary(double precision, double recall, double f1, double accuracy) {
        static Summary of(List<Page> pages) {
            double p = pages.stream().mapToDouble(Page::precision).average().orElse(0);
            double r = pages.stream().mapToDouble(Page::recall).average().orElse(0);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            double acc = pages.stream().filter(Page::exact).count() / (double) Math.max(1, pages.size());
            return new Summary(p, r, f1, acc);
        }
    }
}
