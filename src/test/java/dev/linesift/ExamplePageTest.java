package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.linesift.internal.eval.GoldPage;
import dev.linesift.internal.eval.LabeledPageFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real example page from {@code ../shared/examples}, given as plain text. Skipped when the
 * shared folder is absent.
 *
 * <p>The model before the hand-written web pages labeled all 84 lines right. Trained also on
 * their plain-text forms (which start, as crawled text does, with the site's menus), it reads
 * the page's first line, the story's headline, as a teaser card and one teaser summary as
 * metadata: 82 of 84. Trained on their HTML alone it gets 84 again but scores 0.064 lower
 * macro-F1 on the plain-text pages of three held-out web families (models/report-notes.md). The test pins the 82 lines
 * and the story's body, so that any further loss fails.
 */
class ExamplePageTest {
    private static Optional<Path> example() {
        return Shared.sharedDir().map(d -> d.resolve("examples/straits-times-magzter-no.tsv")).filter(Files::isRegularFile);
    }

    /** The two lines the current model gets wrong, by the reason above; every other line must be right. */
    private static final List<String> KNOWN = List.of("line 1: gold article, got teaser", "line 51: gold teaser, got metadata");

    @Test
    void everyGoldLabelButTheTwoKnownOnesIsPredicted() throws Exception {
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
        wrong.removeAll(KNOWN);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theArticleTextIsTheArticleLinesWithoutTheFirstHeadline() throws Exception {
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
        // The headline stands twice on the page; its first copy is the known miss above.
        assertEquals(String.join("\n", articleLines.subList(1, 8)), page.articleText());
    }
}
