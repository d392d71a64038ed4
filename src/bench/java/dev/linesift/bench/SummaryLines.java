package dev.linesift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last lines of a run, one per system, e.g. {@code summary linesift-body scrapinghub F1 0.932
 * [0.916,0.946] wcxb F1 0.701 [...] wcxb-article 0.880 [...] with 0.603 without 0.041}: what model
 * comparisons read, so it stays on one line with the system's short key first.
 */
final class SummaryLines {
    private SummaryLines() {
    }

    /**
     * One line per system with both sets' headline figures and intervals, so that runs on
     * different models can be compared with grep: scrapinghub F1, wcxb-dev F1 on all pages and on
     * article pages, and the wcxb-dev snippet rates.
     */
    static List<String> of(Map<Extractors.Extractor, List<ShingleScore.Page>> scored, WcxbBench.Result wcxb) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Extractors.Extractor, List<ShingleScore.Page>> e : scored.entrySet()) {
            Bootstrap.Interval i = Bootstrap.f1(e.getValue());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "summary %s scrapinghub F1 %.3f [%.3f,%.3f]",
                    e.getKey().key(), ShingleScore.Summary.of(e.getValue()).f1(), i.low(), i.high()));
            WcxbBench.Row row = wcxb == null ? null : wcxb.row(e.getKey().key());
            if (row != null) {
                List<WcxbScore.Page> art = wcxb.ofType(row, "article");
                Bootstrap.Interval all = WcxbBench.interval(row.pages());
                Bootstrap.Interval a = art.isEmpty() ? new Bootstrap.Interval(0, 0) : WcxbBench.interval(art);
                WcxbScore.Summary s = row.summary();
                line.append(String.format(Locale.ROOT, " wcxb F1 %.3f [%.3f,%.3f] wcxb-article %.3f [%.3f,%.3f] with %.3f without %.3f",
                        s.f1(), all.low(), all.high(), WcxbScore.meanF1(art), a.low(), a.high(), s.withKept(), s.withoutLeaked()));
            }
            out.add(line.toString());
        }
        return out;
    }
}
