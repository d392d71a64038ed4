package dev.linesift.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesift.LabeledPage;
import dev.linesift.Shared;
import dev.linesift.internal.eval.LabeledPageFormat;
import dev.linesift.internal.train.Corpus;
import dev.linesift.internal.train.CorpusPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One detector shared by 8 threads over 1,000 pages gives exactly the sequential result. */
class ConcurrencyTest {
    @Test
    void eightThreadsGiveTheSequentialResult() throws Exception {
        Corpus corpus = dev.linesift.Shared.corpus();
        List<String> pages = new ArrayList<>();
        for (int i = 0; pages.size() < 1000; i++) {
            CorpusPage p = corpus.pages().get(i % corpus.pages().size());
            String text = LabeledPageFormat.plainText(p.gold());
            // Past the first round, vary the pages so that no two runs see identical input.
            pages.add(i < corpus.pages().size() ? text : text + "\nextra line " + i);
        }
        List<LabeledPage> sequential = new ArrayList<>();
        for (String p : pages) {
            sequential.add(Shared.detector().label(p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<LabeledPage>> futures = new ArrayList<>();
            for (String p : pages) {
                futures.add(pool.submit(() -> Shared.detector().label(p)));
            }
            for (int i = 0; i < pages.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get(), "page " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
