package dev.linesift.bench;

import dev.linesift.LineSift;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in its own JVM under a heap cap: builds the default detector, labels the HTML benchmark
 * pages and the plain-text pages three times, and prints the heap in use after a full GC.
 * That it finishes at all under the cap is part of the result.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<BenchData.Item> html = BenchData.load(Path.of(args[0]));
        List<String> text = Workloads.textPages(Path.of(args[1]));
        long maxAfterGc = 0;
        try (LineSift sift = LineSift.create()) {
            for (int round = 0; round < 3; round++) {
                for (BenchData.Item p : html) {
                    sift.labelHtml(p.html(), p.id());
                }
                for (String t : text) {
                    sift.label(t);
                }
                maxAfterGc = Math.max(maxAfterGc, usedAfterGc());
            }
        }
        System.out.println("steady-heap-bytes " + maxAfterGc);
        System.out.println("max-heap-bytes " + Runtime.getRuntime().maxMemory());
    }

    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
