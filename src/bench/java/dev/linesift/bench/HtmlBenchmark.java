package dev.linesift.bench;

import dev.linesift.LineSift;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Labels the benchmark's 181 HTML pages on one thread; one operation is the whole set. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HtmlBenchmark {
    private LineSift sift;
    private List<BenchData.Item> pages;

    @Setup
    public void setUp() throws Exception {
        sift = LineSift.create();
        pages = BenchData.load(Path.of(System.getProperty("linesift.shared", "../shared")).resolve("bench/scrapinghub"));
    }

    @Benchmark
    public void labelHtmlPages(Blackhole bh) {
        for (BenchData.Item p : pages) {
            bh.consume(sift.labelHtml(p.html(), p.id()));
        }
    }
}
