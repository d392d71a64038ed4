package dev.linesift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.Label;
import dev.linesift.internal.train.Corpus;
import dev.linesift.internal.train.CorpusPage;
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

/** The committed corpus meets its targets (that it is the generator's output is {@link CorpusRegenerationIT}). */
class CorpusTest {
    private static final Path DATA = Path.of("training-data");

    @Test
    void theGeneratedPagesMeetTheirSizeBalanceAndMixTargets() {
        List<CorpusPage> generated = dev.linesift.Shared.corpus().pages().stream()
                .filter(p -> p.origin().startsWith("generated")).toList();
        int lines = generated.stream().mapToInt(p -> p.gold().contentLabels().size()).sum();
        assertTrue(generated.size() >= 400, "pages " + generated.size());
        assertTrue(lines >= 25_000, "lines " + lines);
        Map<Label, Integer> counts = new TreeMap<>();
        Set<String> families = new HashSet<>();
        int mixed = 0;
        for (CorpusPage p : generated) {
            p.gold().contentLabels().forEach(l -> counts.merge(l, 1, Integer::sum));
            families.add(p.family());
            if (!p.articleLanguage().equals("-") && !p.articleLanguage().equals(p.interfaceLanguage())) {
                mixed++;
            }
        }
        for (Label l : Label.values()) {
            assertTrue(counts.get(l) >= 0.15 * lines, l + " has " + counts.get(l));
        }
        assertTrue(families.size() >= 16, "families " + families.size());
        assertTrue(mixed >= 0.30 * generated.size(), "mixed " + mixed);
    }

    /** The hand-written web families: several, each of many pages, each page in HTML and as text. */
    @Test
    void theHandWrittenPagesComeInBothFormsAcrossSeveralFamilies() {
        List<CorpusPage> written = dev.linesift.Shared.corpus().pages().stream()
                .filter(p -> p.origin().equals("hand-written")).toList();
        assertTrue(written.size() >= 400, "rows " + written.size());
        Map<String, Integer> htmlPerFamily = new TreeMap<>();
        Set<String> textForms = new HashSet<>();
        for (CorpusPage p : written) {
            String stem = p.file().replaceAll("\\.(html|tsv)$", "");
            if (p.isHtml()) {
                htmlPerFamily.merge(p.family(), 1, Integer::sum);
            } else {
                textForms.add(stem);
            }
            // Every label file lines up with its HTML, or loading would have failed.
            assertTrue(p.gold().contentLabels().size() >= 40, p.file());
        }
        assertTrue(htmlPerFamily.size() >= 8, "families " + htmlPerFamily);
        htmlPerFamily.forEach((family, pages) -> assertTrue(pages >= 14, family + " has " + pages + " HTML pages"));
        for (CorpusPage p : written) {
            if (p.isHtml()) {
                assertTrue(textForms.contains(p.file().replaceAll("\\.html$", "")), "no text form of " + p.file());
            }
        }
    }
}
