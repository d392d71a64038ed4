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

/** Labels the corpus's first plain-text pages on one thread; one operation is the whole set. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PlainTextBenchmark {
    private LineSift sift;
    private List<String> pages;

    @Setup
    public void setUp() throws Exception {
        sift = LineSift.create();
        pages = Workloads.textPages(Path.of(System.getProperty("linesift.data", "training-data")));
    }

    @Benchmark
    public void labelTextPages(Blackhole bh) {
        for (String p : pages) {
            bh.consume(sift.label(p));
        }
    }
}
