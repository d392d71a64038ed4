package dev.linesift.bench;

import dev.linesift.LineSift;
import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.language.LanguageIdentifier;
import dev.linesift.internal.pipeline.Pipeline;
import java.util.List;
import java.util.Locale;

/**
 * Where linesift's time goes on the HTML pages: the steps {@code LineSift.labelHtml} runs,
 * timed one by one on this thread through the pipeline's stage listener with the embedded model and the default languages: reading
 * the HTML into lines (Tika's jsoup-based parser and the line handler), language detection,
 * feature extraction and the two model stages.
 */
final class StageTimes {
    private static final String[] STAGES = {"reading HTML into lines (Tika + line handler)", "language detection (Lingua)",
            "features", "model (both stages)"};

    private StageTimes() {
    }

    /**
     * Milliseconds per page for each stage, and the mean number of lines per page the language
     * step sends to Lingua: distinct lines with at least {@link LanguageIdentifier#MIN_LETTERS}
     * letters.
     */
    record Result(double[] msPerPage, double detectedLinesPerPage) {
    }

    /** Times the stages after at least 5 s of warm-up, over at least 10 s. */
    static Result measure(List<BenchData.Item> items) {
        try (LineSift sift = LineSift.create()) {
            Pipeline pipeline = ApiAccess.get().pipeline(sift);
            long[] nanos = new long[STAGES.length];
            long[] warmNanos = new long[STAGES.length];
            long sink = 0;
            long warm = System.nanoTime();
            do {
                sink += pass(items, pipeline, warmNanos);
            } while (System.nanoTime() - warm < 5_000_000_000L);
            long start = System.nanoTime();
            long pages = 0;
            while (System.nanoTime() - start < 10_000_000_000L) {
                sink += pass(items, pipeline, nanos);
                pages += items.size();
            }
            double[] ms = new double[STAGES.length];
            for (int s = 0; s < STAGES.length; s++) {
                ms[s] = nanos[s] / 1e6 / pages;
            }
            if (sink == 42) {
                System.out.println(); // keeps the results alive for the JIT
            }
            return new Result(ms, detectedLines(items, pipeline));
        }
    }

    /** One pass over the pages through the labeling pipeline, its stage listener adding up the times. */
    private static long pass(List<BenchData.Item> items, Pipeline pipeline, long[] nanos) {
        long[] lines = new long[1];
        Pipeline.StageListener listener = (stage, t) -> nanos[stage.ordinal()] += t;
        for (BenchData.Item it : items) {
            pipeline.label(() -> pipeline.reader().readHtml(it.html(), it.url()), l -> lines[0]++, listener);
        }
        return lines[0];
    }

    private static double detectedLines(List<BenchData.Item> items, Pipeline pipeline) {
        long detected = 0;
        int analysedChars = pipeline.languages().analysedChars();
        for (BenchData.Item it : items) {
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (dev.linesift.internal.lines.Line line : pipeline.reader().readHtml(it.html(), it.url()).lines()) {
                if (LanguageIdentifier.detectable(line.text(), analysedChars)) {
                    distinct.add(line.text());
                }
            }
            detected += distinct.size();
        }
        return (double) detected / items.size();
    }

    static String markdown(Result result, double linesiftPagesPerSecond, double boilerpipePagesPerSecond) {
        double[] ms = result.msPerPage();
        double total = 0;
        for (double m : ms) {
            total += m;
        }
        StringBuilder b = new StringBuilder("## Where linesift's time goes\n\n");
        b.append("The steps of `labelHtml`, timed one by one on one thread (at least 5 s warm-up, 10 s measured), ")
                .append("with the embedded model and the default languages.\n\n");
        b.append("| step | ms per page | share |\n|---|---|---|\n");
        for (int s = 0; s < ms.length; s++) {
            b.append(String.format(Locale.ROOT, "| %s | %.2f | %.0f %% |%n", STAGES[s], ms[s], 100 * ms[s] / total));
        }
        b.append(String.format(Locale.ROOT, "| all | %.2f | |%n%n", total));
        double detected = result.detectedLinesPerPage();
        b.append(String.format(Locale.ROOT, "The language step sends Lingua %.1f distinct lines a page (those with at least %d letters)",
                detected, LanguageIdentifier.MIN_LETTERS));
        b.append(detected > 0 ? String.format(Locale.ROOT, ": %.0f µs a line.", 1000 * ms[1] / detected) : ".");
        if (linesiftPagesPerSecond > 0) {
            b.append(String.format(Locale.ROOT, " Timed whole in the table above, `labelHtml` and `bodyText()` take %.2f ms a page.",
                    1000 / linesiftPagesPerSecond));
        }
        b.append("\n\n");
        if (boilerpipePagesPerSecond > 0) {
            b.append(String.format(Locale.ROOT, "boilerpipe takes %.2f ms per page for everything in the run above.%n%n",
                    1000 / boilerpipePagesPerSecond));
        }
        return b.toString();
    }
}
