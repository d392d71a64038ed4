package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.linesift.eval.GoldPage;
import dev.linesift.eval.LabeledPageFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real example page from {@code ../shared/examples}, given as plain text: the embedded model
 * must label every line as the gold file does. Skipped when the shared folder is absent.
 */
class ExamplePageTest {
    private static Optional<Path> example() {
        return Shared.sharedDir().map(d -> d.resolve("examples/straits-times-magzter-no.tsv")).filter(Files::isRegularFile);
    }

    @Test
    void everyGoldLabelIsPredicted() throws Exception {
        Optional<Path> file = example();
        assumeTrue(file.isPresent(), "../shared/examples is not present");
        GoldPage gold = LabeledPageFormat.read(file.get());
        String text = LabeledPageFormat.plainText(gold);
        LabeledPage page = Shared.detector().label(text);
        List<String> wrong = new ArrayList<>();
        List<Label> expected = gold.contentLabels();
        assertEquals(expected.size(), page.lines().size());
        assertEquals(84, expected.size());
        for (int i = 0; i < expected.size(); i++) {
            LabeledLine l = page.lines().get(i);
            if (l.label() != expected.get(i)) {
                wrong.add("line " + l.number() + ": gold " + expected.get(i).code() + ", got " + l.label().code());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theArticleTextIsExactlyTheEightArticleLines() throws Exception {
        Optional<Path> file = example();
        assumeTrue(file.isPresent(), "../shared/examples is not present");
        GoldPage gold = LabeledPageFormat.read(file.get());
        List<String> articleLines = new ArrayList<>();
        for (int i = 0; i < gold.labels().size(); i++) {
            if (gold.labels().get(i).orElse(null) == Label.ARTICLE) {
                articleLines.add(gold.page().lines().get(i).text());
            }
        }
        assertEquals(8, articleLines.size());
        LabeledPage page = Shared.detector().label(LabeledPageFormat.plainText(gold));
        assertEquals(String.join("\n", articleLines), page.articleText());
    }
}
