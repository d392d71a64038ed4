package dev.linesift.internal.train;

import dev.linesift.internal.train.Corpus;
import dev.linesift.internal.train.CorpusPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections below the data directory bring their own manifests; a text row reads an HTML page's labels as text. */
class CorpusLoadTest {
    private static final String HEADER = "file\tfamily\tarticle_lang\tui_lang\tformat\torigin\n";

    @Test
    void nestedManifestsAddTheirPagesAndTheTextFormHasNoMarkup(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.tsv"), HEADER + "top.tsv\tgen\ten\ten\ttext\tgenerated\n");
        Files.writeString(dir.resolve("top.tsv"), "article\tThe quay was rebuilt in granite last spring.\nteaser\tMore news\n");
        Path written = Files.createDirectories(dir.resolve("written/guides"));
        Files.writeString(written.resolve("manifest.tsv"), HEADER
                + "g.html\tguides\ten\ten\thtml\thand-written\n"
                + "g.tsv\tguides\ten\ten\ttext\thand-written\n");
        Files.writeString(written.resolve("g.html"), "<html><body><nav><a href=/>Home</a></nav>"
                + "<p>Soak the beans overnight before you cook them.</p></body></html>", StandardCharsets.UTF_8);
        Files.writeString(written.resolve("g.tsv"), "teaser\tHome\narticle\tSoak the beans overnight before you cook them.\n");

        Corpus corpus = Corpus.load(dir);
        List<CorpusPage> pages = corpus.pages();
        assertEquals(List.of("top.tsv", "written/guides/g.html", "written/guides/g.tsv"),
                pages.stream().map(CorpusPage::file).toList());
        CorpusPage html = pages.get(1);
        CorpusPage text = pages.get(2);
        assertTrue(html.isHtml());
        assertTrue(html.gold().page().lines().get(0).cues().present(), "the HTML row carries markup cues");
        assertFalse(text.isHtml());
        assertFalse(text.gold().page().lines().get(0).cues().present(), "the text row reads the labels as plain text");
        assertEquals(html.gold().labels(), text.gold().labels());
        assertEquals(6, corpus.lineCount());

        String before = corpus.hash();
        Files.writeString(written.resolve("g.tsv"), "metadata\tHome\narticle\tSoak the beans overnight before you cook them.\n");
        assertNotEquals(before, Corpus.load(dir).hash(), "the hash covers the nested collections");
    }
}
