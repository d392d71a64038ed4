package dev.linesift.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every system on the wcxb-dev pages, scored with WCXB's own metric ({@link WcxbScore}): the
 * overall figures, F1 by page type, and page-resampling intervals overall and on the article
 * pages alone. The article pages are where linesift's labeling guide and WCXB agree on what the
 * main content is; on listing and collection pages WCXB counts the cards the guide calls
 * {@code teaser}, so those are shown apart rather than folded into one number to tune on.
 */
final class WcxbBench {
    /** One system's pages, in the order of the items, and how many pages it failed on. */
    record Row(Extractors.Extractor system, List<WcxbScore.Page> pages, int errors) {
        WcxbScore.Summary summary() {
            return WcxbScore.Summary.of(pages);
        }
    }

    /** The scored rows and the items they were scored on. */
    record Result(List<Row> rows, List<WcxbData.Item> items) {
        /** The pages of {@code row} whose type is {@code type}. */
        List<WcxbScore.Page> ofType(Row row, String type) {
            List<WcxbScore.Page> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).pageType().equals(type)) {
                    out.add(row.pages().get(i));
                }
            }
            return out;
        }

        Row row(String key) {
            return rows.stream().filter(r -> r.system().key().equals(key)).findFirst().orElse(null);
        }
    }

    private WcxbBench() {
    }

    static Result score(List<Extractors.Extractor> systems, List<WcxbData.Item> items) {
        List<Row> rows = new ArrayList<>();
        for (Extractors.Extractor x : systems) {
            int[] errors = new int[1];
            List<WcxbScore.Page> pages = score(x.extraction(), items, errors);
            rows.add(new Row(x, pages, errors[0]));
        }
        return new Result(List.copyOf(rows), items);
    }

    /** One extraction on every page; a page it throws on scores as an empty prediction. */
    static List<WcxbScore.Page> score(Extractors.Extraction x, List<WcxbData.Item> items, int[] errors) {
        List<WcxbScore.Page> pages = new ArrayList<>(items.size());
        for (WcxbData.Item it : items) {
            String text;
            try {
                text = x.apply(it.html(), it.url());
            } catch (Exception | StackOverflowError e) {
                text = "";
                errors[0]++;
            }
            pages.add(WcxbScore.score(text == null ? "" : text, it.truth(), it.with(), it.without()));
        }
        return pages;
    }

    /** The 95 % interval of the mean page F1 over resampled pages. */
    static Bootstrap.Interval interval(List<WcxbScore.Page> pages) {
        return Bootstrap.of(pages, null, WcxbScore::meanF1);
    }

    static String markdown(Result r) {
        List<WcxbData.Item> items = r.items();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : WcxbData.PAGE_TYPES) {
            counts.put(t, (int) items.stream().filter(i -> i.pageType().equals(t)).count());
        }
        long with = items.stream().mapToLong(i -> i.with().size()).sum();
        long without = items.stream().mapToLong(i -> i.without().size()).sum();
        StringBuilder md = new StringBuilder();
        md.append("## Main content on `../shared/bench/wcxb-dev` (").append(items.size()).append(" pages of seven kinds)\n\n");
        md.append("Data: WCXB (Murrough Foley, 2026), development split, CC-BY-4.0: ").append(items.size());
        md.append(" pages drawn from it by page type, read as UTF-8 (which they all are; `linesift clean` on the files detects ");
        md.append("the charset instead and gets it wrong on 12 of them, so its figures can differ in the third decimal). ");
        md.append("Scored with WCXB's own metric as `../shared/bench/README.md` gives it: lowercased `\\w+` tokens, precision ");
        md.append("and recall from their multiset overlap, F1 per page, and F1, precision and recall each the mean over pages ");
        md.append("(not the F1 of the means, as for scrapinghub). `with kept`: the share of the ").append(with);
        md.append(" snippets a correct extraction must contain that the output contains; `without leaked`: the share of the ");
        md.append(without).append(" boilerplate snippets it must not contain that it does (lower is better). Accuracy only: ");
        md.append("no system is timed on these pages.\n\n");
        md.append("| system | F1 | precision | recall | with kept | without leaked | errors |\n|---|---|---|---|---|---|---|\n");
        for (Row row : r.rows()) {
            WcxbScore.Summary s = row.summary();
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d |%n", row.system().name(), s.f1(),
                    s.precision(), s.recall(), s.withKept(), s.withoutLeaked(), row.errors()));
        }
        md.append("\n### F1 by page type\n\nOn listing and collection pages WCXB's main content is the list itself (threads, ");
        md.append("products, events), which the labeling guide calls `teaser` on a news site: shown apart, not tuned to.\n\n");
        md.append("| system |");
        counts.forEach((t, n) -> md.append(' ').append(t).append(" (").append(n).append(") |"));
        md.append("\n|---|").append("---|".repeat(counts.size())).append('\n');
        for (Row row : r.rows()) {
            md.append("| ").append(row.system().name()).append(" |");
            for (String t : counts.keySet()) {
                md.append(String.format(Locale.ROOT, " %.3f |", WcxbScore.meanF1(r.ofType(row, t))));
            }
            md.append('\n');
        }
        md.append(uncertainty(r));
        return md.toString();
    }

    /** Intervals of every row, overall and on article pages, and linesift body's paired differences. */
    private static String uncertainty(Result r) {
        StringBuilder md = new StringBuilder();
        md.append("\n### How much of that is the choice of pages\n\n");
        md.append("95 % intervals from ").append(Bootstrap.DRAWS).append(" draws of the pages with replacement (seed ")
                .append(Bootstrap.SEED).append("); on article pages, draws of the article pages alone. ");
        md.append("Differences are paired: both systems scored on the same drawn pages.\n\n");
        md.append("| system | F1 | 95 % interval | article pages F1 | 95 % interval |\n|---|---|---|---|---|\n");
        for (Row row : r.rows()) {
            List<WcxbScore.Page> art = r.ofType(row, "article");
            Bootstrap.Interval all = interval(row.pages());
            Bootstrap.Interval a = art.isEmpty() ? new Bootstrap.Interval(0, 0) : interval(art);
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f – %.3f | %.3f | %.3f – %.3f |%n", row.system().name(),
                    WcxbScore.meanF1(row.pages()), all.low(), all.high(), WcxbScore.meanF1(art), a.low(), a.high()));
        }
        Row first = r.rows().get(0);
        md.append("\n| difference in F1 | all pages | 95 % interval | | article pages | 95 % interval | |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Row row : r.rows()) {
            if (row.system().system() == first.system().system()) {
                continue;
            }
            md.append("| linesift body − ").append(row.system().name());
            md.append(difference(first.pages(), row.pages()));
            md.append(difference(r.ofType(first, "article"), r.ofType(row, "article"))).append(" |\n");
        }
        md.append('\n');
        return md.toString();
    }

    private static String difference(List<WcxbScore.Page> a, List<WcxbScore.Page> b) {
        if (a.isEmpty()) {
            return " | – | – | ";
        }
        Bootstrap.Interval i = Bootstrap.of(a, b, WcxbScore::meanF1);
        return String.format(Locale.ROOT, " | %+.3f | %+.3f – %+.3f | %s", WcxbScore.meanF1(a) - WcxbScore.meanF1(b),
                i.low(), i.high(), i.excludesZero() ? "beyond page-sampling noise" : "within page-sampling noise");
    }
}
