package dev.linesift.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.Label;
import dev.linesift.LabeledLine;
import dev.linesift.LabeledPage;
import dev.linesift.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabeledPageFormatTest {
    private static final String FILE = "article\tHeadline\nmetadata\tBy A | 1 May\n\narticle\tText\twith a tab  \nteaser\tMore\n";

    @Test
    void parsesLabelsBlankLinesAndKeepsTextExactly() {
        GoldPage g = LabeledPageFormat.parse(FILE, "f");
        assertEquals(5, g.page().lines().size());
        assertEquals(Optional.empty(), g.labels().get(2));
        assertEquals("Text\twith a tab  ", g.page().lines().get(3).text());
        assertEquals(List.of(Label.ARTICLE, Label.METADATA, Label.ARTICLE, Label.TEASER), g.contentLabels());
        assertEquals("Headline\nBy A | 1 May\n\nText\twith a tab  \nMore\n", LabeledPageFormat.plainText(g));
    }

    @Test
    void malformedLinesNameFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LabeledPageFormat.parse("article\tok\nnonsense line\n", "x.tsv"));
        assertTrue(e.getMessage().startsWith("x.tsv:2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabeledPageFormat.parse("advert\tx\n", "y"));
    }

    @Test
    void formatsALabeledPageWithItsBlankLines(@TempDir Path dir) throws Exception {
        LabeledPage page = new LabeledPage("s", List.of(
                new LabeledLine(1, "Headline", Label.ARTICLE, 0.9, Language.ENGLISH),
                new LabeledLine(3, "More", Label.TEASER, 0.8, Language.ENGLISH)), 4, Language.ENGLISH);
        assertEquals("article\tHeadline\n\nteaser\tMore\n\n", LabeledPageFormat.format(page));
        GoldPage g = LabeledPageFormat.parse(FILE, "f");
        Path out = dir.resolve("p.tsv");
        LabeledPageFormat.write(g, out);
        assertEquals(g.labels(), LabeledPageFormat.read(out).labels());
    }
}
