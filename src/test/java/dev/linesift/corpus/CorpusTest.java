package dev.linesift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.Label;
import dev.linesift.train.Corpus;
import dev.linesift.train.CorpusPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed corpus is what the generator makes from the committed parts, and meets its targets. */
class CorpusTest {
    private static final Path DATA = Path.of("training-data");

    @Test
    void theCommittedPagesAreTheGeneratorsOutput(@TempDir Path out) throws Exception {
        CorpusGenerator.generate(DATA.resolve("parts"), out);
        assertEquals(Files.readString(DATA.resolve("manifest.tsv")), Files.readString(out.resolve("manifest.tsv")));
        List<Path> committed;
        try (Stream<Path> s = Files.walk(DATA.resolve("pages"))) {
            committed = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : committed) {
            Path regenerated = out.resolve(DATA.relativize(p));
            assertEquals(Files.readString(p), Files.readString(regenerated), p.toString());
        }
    }

    @Test
    void theCorpusMeetsItsSizeBalanceAndMixTargets() throws Exception {
        Corpus corpus = Corpus.load(DATA);
        assertTrue(corpus.pages().size() >= 400, "pages " + corpus.pages().size());
        assertTrue(corpus.lineCount() >= 25_000, "lines " + corpus.lineCount());
        Map<Label, Integer> counts = new TreeMap<>();
        Set<String> families = new HashSet<>();
        int mixed = 0;
        for (CorpusPage p : corpus.pages()) {
            p.gold().contentLabels().forEach(l -> counts.merge(l, 1, Integer::sum));
            families.add(p.family());
            if (!p.articleLanguage().equals("-") && !p.articleLanguage().equals(p.interfaceLanguage())) {
                mixed++;
            }
        }
        for (Label l : Label.values()) {
            assertTrue(counts.get(l) >= 0.15 * corpus.lineCount(), l + " has " + counts.get(l));
        }
        assertTrue(families.size() >= 16, "families " + families.size());
        assertTrue(mixed >= 0.30 * corpus.pages().size(), "mixed " + mixed);
    }
}
