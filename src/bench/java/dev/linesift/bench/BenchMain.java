package dev.linesift.bench;

import dev.linesift.LineSift;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code mvn -Pbench verify}: scores linesift, boilerpipe and Readability4J on the scrapinghub
 * pages in one JVM (article-body F1 as the benchmark defines it, and pages per second on one
 * thread after warm-up) and on the wcxb-dev pages (main content of seven kinds of page, WCXB's
 * metric, accuracy only), scores linesift's {@code --favor} settings on both, then measures
 * steady heap and CLI cold start in separate processes, runs the JMH benchmarks, and writes the
 * report. With {@code --accuracy-only true} it stops after the accuracy tables, prints them and a
 * one-line summary per system, and writes nothing: with a model, to compare a candidate with the
 * embedded one; without, to score the embedded model alone.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        Path shared = Path.of(opt.getOrDefault("--shared", "../shared"));
        Path scrapinghub = shared.resolve("bench/scrapinghub");
        Path wcxb = shared.resolve("bench/wcxb-dev");
        Path out = Path.of(opt.getOrDefault("--out", "src/bench/reports"));
        Path jar = Path.of(opt.getOrDefault("--jar", "target/linesift.jar"));
        boolean jmh = Boolean.parseBoolean(opt.getOrDefault("--jmh", "true"));
        String model = opt.getOrDefault("--model", "");
        // Accuracy only: score a model (a candidate's, say) and print; no timing, no report written.
        boolean accuracyOnly = Boolean.parseBoolean(opt.getOrDefault("--accuracy-only", "false"));
        if (!Files.isDirectory(scrapinghub)) {
            System.out.println("bench: " + scrapinghub + " is not present; nothing to measure.");
            return;
        }
        StringBuilder md = new StringBuilder();
        md.append("# linesift benchmark report\n\n");
        md.append("Command: `mvn -Pbench verify` (").append(LocalDate.now()).append("). ");
        md.append("Machine: ").append(machine()).append(".\n\n");

        List<BenchData.Item> items = BenchData.load(scrapinghub);
        System.out.println("bench: " + items.size() + " pages");
        // wcxb-dev is optional: without it, its tables are left out and the rest runs as before.
        List<WcxbData.Item> wcxbItems = Files.isRegularFile(wcxb.resolve("ground-truth.json")) ? WcxbData.load(wcxb) : List.of();
        System.out.println("bench: wcxb-dev " + (wcxbItems.isEmpty() ? "not present; its tables are skipped" : wcxbItems.size() + " pages"));
        Map<Extractors.Extractor, List<ShingleScore.Page>> scored = new LinkedHashMap<>();
        WcxbBench.Result wcxbResult = null;
        Map<Extractors.SystemId, Double> speeds = new java.util.EnumMap<>(Extractors.SystemId.class);
        try (LineSift sift = model.isBlank() ? LineSift.create() : LineSift.builder().model(Path.of(model)).build();
             LineSift baseline = model.isBlank() ? null : LineSift.create()) {
            if (baseline != null) {
                md.append("Model: `").append(model).append("`; the embedded model is scored beside it.\n\n");
            } else if (accuracyOnly) {
                md.append("Model: the embedded one, alone.\n\n");
            }
            md.append("## Article extraction on `../shared/bench/scrapinghub` (").append(items.size()).append(" pages)\n\n");
            md.append("Scored as `../shared/bench/README.md` describes (4-token shingles, precision and recall averaged over pages). ");
            md.append("Speed: pages per second on one thread, after at least 5 s of warm-up, over at least 10 s, all systems in this JVM. ");
            md.append("linesift is scored twice from the same labels: its body view, the benchmark's definition (no headline), and ");
            md.append("its whole article, which also holds the headline and captions the labeling guide counts as `article`; ");
            md.append("one labeling gives both, so it is timed once.\n\n");
            md.append("| system | F1 | precision | recall | exact pages | pages/s | errors |\n|---|---|---|---|---|---|---|\n");
            List<Extractors.Extractor> systems = Extractors.all(sift, baseline);
            for (Extractors.Extractor x : systems) {
                List<ShingleScore.Page> scores = new ArrayList<>();
                int errors = 0;
                for (BenchData.Item it : items) {
                    String text;
                    try {
                        text = x.extract(it.html(), it.url());
                    } catch (Exception | StackOverflowError e) {
                        text = "";
                        errors++;
                    }
                    scores.add(ShingleScore.score(text, it.truth()));
                }
                scored.put(x, scores);
                ShingleScore.Summary s = ShingleScore.Summary.of(scores);
                String pagesPerSecond = accuracyOnly ? "not measured" : "as above (same labeling)";
                if (x.timed() && !accuracyOnly) {
                    double measured = speed(x, items);
                    speeds.put(x.system(), measured);
                    pagesPerSecond = String.format(Locale.ROOT, "%.1f", measured);
                }
                String row = String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %s | %d |%n", x.name(), s.f1(),
                        s.precision(), s.recall(), s.accuracy(), pagesPerSecond, errors);
                System.out.print(row);
                md.append(row);
            }
            md.append('\n').append(uncertainty(scored));
            md.append(ErrorBreakdown.of(sift, items).markdown());
            if (!wcxbItems.isEmpty()) {
                long t = System.nanoTime();
                wcxbResult = WcxbBench.score(systems, wcxbItems);
                System.out.printf(Locale.ROOT, "bench: wcxb-dev scored in %.0f s%n", (System.nanoTime() - t) / 1e9);
                md.append(WcxbBench.markdown(wcxbResult));
            }
        }
        long favorStart = System.nanoTime();
        md.append(FavorTable.markdown(model, items, wcxbItems));
        System.out.printf(Locale.ROOT, "bench: --favor scored in %.0f s%n", (System.nanoTime() - favorStart) / 1e9);
        List<String> summary = SummaryLines.of(scored, wcxbResult);
        if (accuracyOnly) {
            System.out.println();
            System.out.print(md);
            summary.forEach(System.out::println);
            return;
        }
        summary.forEach(System.out::println);
        StageTimes.Result stages = StageTimes.measure(items);
        md.append(StageTimes.markdown(stages, speeds.getOrDefault(Extractors.SystemId.LINESIFT, 0.0),
                speeds.getOrDefault(Extractors.SystemId.BOILERPIPE, 0.0)));
        System.out.println("bench: stage times (ms/page) " + Arrays.toString(stages.msPerPage()));

        String cp = System.getProperty("java.class.path");
        md.append("## Memory and start-up\n\n");
        List<String> heap = run(List.of(javaBin(), "-Xmx256m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", cp,
                HeapProbe.class.getName(), scrapinghub.toString(), "training-data"));
        String steady = heap.stream().filter(l -> l.startsWith("steady-heap-bytes")).findFirst().orElse("steady-heap-bytes ?");
        md.append("- Steady heap with the default languages: ").append(mb(steady)).append(" in use after full GC, ")
                .append("labeling the 181 HTML pages and 200 text pages three times in a JVM capped at `-Xmx256m` (")
                .append(steady.contains("?") ? "the run failed" : "it completed").append(").\n");
        System.out.println("bench: " + steady);
        if (Files.isRegularFile(jar)) {
            Path sample = Path.of("src/test/resources/samples/harbour-ferry.txt");
            long[] ms = new long[5];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                run(List.of(javaBin(), "-jar", jar.toString(), "clean", sample.toString()));
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            md.append("- CLI cold start, `java -jar target/linesift.jar clean ").append(sample).append("`: median ")
                    .append(ms[ms.length / 2]).append(" ms of 5 runs (min ").append(ms[0]).append(", max ").append(ms[ms.length - 1]).append(").\n");
            System.out.println("bench: cold start median " + ms[ms.length / 2] + " ms");
        }
        md.append('\n');

        if (jmh) {
            md.append("## JMH (one thread, 1 fork, 5 × 3 s warm-up, 5 × 6 s measurement)\n\n");
            List<String> text = Workloads.textPages(Path.of("training-data")).stream().toList();
            long lines = Workloads.nonBlankLines(text);
            Options o = new OptionsBuilder().include(PlainTextBenchmark.class.getSimpleName()).include(HtmlBenchmark.class.getSimpleName())
                    .forks(1).threads(1).warmupIterations(5).warmupTime(TimeValue.seconds(3)).measurementIterations(5)
                    .measurementTime(TimeValue.seconds(6)).jvmArgsAppend("-Dlinesift.shared=" + shared,
                            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn").build();
            Collection<RunResult> results = new Runner(o).run();
            md.append("| benchmark | result | error (99.9 %) |\n|---|---|---|\n");
            for (RunResult r : results) {
                String name = r.getParams().getBenchmark();
                double score = r.getPrimaryResult().getScore();
                double err = r.getPrimaryResult().getScoreError();
                if (name.endsWith("labelTextPages")) {
                    md.append(String.format(Locale.ROOT, "| plain text, %d pages (%d lines) per op | %.0f lines/s | ± %.0f |%n",
                            text.size(), lines, score * lines, err * lines));
                } else {
                    md.append(String.format(Locale.ROOT, "| HTML, %d pages per op | %.1f pages/s | ± %.1f |%n",
                            items.size(), score * items.size(), err * items.size()));
                }
            }
            md.append('\n');
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("benchmark.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println("bench: wrote " + out.resolve("benchmark.md"));
    }

    /**
     * The F1 intervals of every row over resampled pages, and the paired difference between the
     * first row (linesift's body view) and each peer.
     */
    private static String uncertainty(Map<Extractors.Extractor, List<ShingleScore.Page>> scored) {
        StringBuilder md = new StringBuilder();
        md.append("### How much of that is the choice of pages\n\n");
        md.append("95 % intervals from ").append(Bootstrap.DRAWS).append(" draws of the pages with replacement (seed ")
                .append(Bootstrap.SEED).append("). A difference is paired: both systems scored on the same drawn pages.\n\n");
        md.append("| system | F1 | 95 % interval |\n|---|---|---|\n");
        for (Map.Entry<Extractors.Extractor, List<ShingleScore.Page>> e : scored.entrySet()) {
            Bootstrap.Interval i = Bootstrap.f1(e.getValue());
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f – %.3f |%n", e.getKey().name(),
                    ShingleScore.Summary.of(e.getValue()).f1(), i.low(), i.high()));
        }
        Map.Entry<Extractors.Extractor, List<ShingleScore.Page>> first = scored.entrySet().iterator().next();
        md.append("\n| difference in F1 | measured | 95 % interval | |\n|---|---|---|---|\n");
        for (Map.Entry<Extractors.Extractor, List<ShingleScore.Page>> e : scored.entrySet()) {
            if (e.getKey().system() == first.getKey().system()) {
                continue;
            }
            Bootstrap.Interval i = Bootstrap.difference(first.getValue(), e.getValue());
            double d = ShingleScore.Summary.of(first.getValue()).f1() - ShingleScore.Summary.of(e.getValue()).f1();
            md.append(String.format(Locale.ROOT, "| linesift body − %s | %+.3f | %+.3f – %+.3f | %s |%n", e.getKey().name(), d,
                    i.low(), i.high(), i.excludesZero() ? "beyond page-sampling noise" : "within page-sampling noise"));
        }
        md.append('\n');
        return md.toString();
    }

    /**
     * Pages per second on this thread: warm-up passes for at least five seconds (one pass left the
     * first system measured still compiling), then passes for at least ten seconds.
     */
    private static double speed(Extractors.Extractor x, List<BenchData.Item> items) {
        long warm = System.nanoTime();
        do {
            for (BenchData.Item it : items) {
                try {
                    x.extract(it.html(), it.url());
                } catch (Exception | StackOverflowError e) {
                    // counted in the accuracy pass
                }
            }
        } while (System.nanoTime() - warm < 5_000_000_000L);
        long start = System.nanoTime();
        long pages = 0;
        while (System.nanoTime() - start < 10_000_000_000L) {
            for (BenchData.Item it : items) {
                try {
                    x.extract(it.html(), it.url());
                } catch (Exception | StackOverflowError e) {
                    // counted in the accuracy pass
                }
                pages++;
            }
        }
        return pages / ((System.nanoTime() - start) / 1e9);
    }

    private static List<String> run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                lines.add(l);
            }
        }
        p.waitFor();
        return lines;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String mb(String line) {
        try {
            long bytes = Long.parseLong(line.substring(line.indexOf(' ') + 1).strip());
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + String.format(Locale.ROOT, "%.0f GB RAM",
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / 1e9)
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
    }
}
