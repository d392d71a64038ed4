package dev.linesift.internal.features;

import dev.linesift.train.FeatureGroup;
import dev.linesift.train.FeatureSettings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.Language;
import dev.linesift.internal.lines.MarkupCues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    static ContentLines page(List<String> texts) {
        int n = texts.size();
        return new ContentLines(texts, Collections.nCopies(n, MarkupCues.NONE), new boolean[n], new boolean[n],
                Collections.nCopies(n, Language.ENGLISH), Language.ENGLISH);
    }

    private static final List<String> TEXTS = List.of("A headline about ferries", "By Mara Quentin | 3 March 2025",
            "The council voted nine to four on Tuesday to add two late-evening crossings.", "A headline about ferries",
            "Subscribe now");

    @Test
    void featuresAreDistinctAndInRange() {
        FeatureExtractor fx = new FeatureExtractor(FeatureSettings.DEFAULT);
        PageFeatures pf = fx.extract(page(TEXTS));
        assertEquals(TEXTS.size(), pf.size());
        for (int i = 0; i < pf.size(); i++) {
            int[] f = pf.line(i);
            assertTrue(f.length > 20);
            assertEquals(f.length, java.util.Arrays.stream(f).distinct().count());
            for (int k = 0; k < f.length; k++) {
                assertTrue(f[k] >= 0 && f[k] < FeatureSettings.DEFAULT.dimension());
            }
        }
    }

    @Test
    void extractionIsDeterministic() {
        FeatureExtractor fx = new FeatureExtractor(FeatureSettings.DEFAULT);
        PageFeatures a = fx.extract(page(TEXTS));
        PageFeatures b = fx.extract(page(new ArrayList<>(TEXTS)));
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.line(i), b.line(i));
        }
    }

    @Test
    void repetitionAndContextChangeFeatures() {
        FeatureExtractor fx = new FeatureExtractor(FeatureSettings.DEFAULT);
        PageFeatures pf = fx.extract(page(TEXTS));
        // Same text, different place and repetition history: different features.
        assertNotEquals(java.util.Arrays.stream(pf.line(0)).boxed().collect(java.util.stream.Collectors.toSet()),
                java.util.Arrays.stream(pf.line(3)).boxed().collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void switchingOffAGroupRemovesFeatures() {
        FeatureSettings none = FeatureSettings.DEFAULT;
        for (FeatureGroup g : FeatureGroup.values()) {
            none = none.without(g);
        }
        PageFeatures pf = new FeatureExtractor(none).extract(page(TEXTS));
        for (int i = 0; i < pf.size(); i++) {
            assertEquals(1, pf.line(i).length, "only the bias feature is left");
        }
        PageFeatures lexicalOff = new FeatureExtractor(FeatureSettings.DEFAULT.without(FeatureGroup.LEXICAL)).extract(page(TEXTS));
        PageFeatures full = new FeatureExtractor(FeatureSettings.DEFAULT).extract(page(TEXTS));
        assertTrue(lexicalOff.line(2).length < full.line(2).length);
    }

    @Test
    void contextFeaturesAddToTheLineFeatures() {
        FeatureExtractor fx = new FeatureExtractor(FeatureSettings.DEFAULT);
        PageFeatures pf = fx.extract(page(TEXTS));
        double[][] probs = new double[TEXTS.size()][];
        for (int i = 0; i < probs.length; i++) {
            probs[i] = new double[] {0.7, 0.1, 0.1, 0.1};
        }
        int[][] ctx = new ContextFeatures(FeatureSettings.DEFAULT).extract(pf, probs);
        for (int i = 0; i < ctx.length; i++) {
            assertTrue(ctx[i].length > pf.line(i).length);
            java.util.Set<Integer> all = java.util.Arrays.stream(ctx[i]).boxed().collect(java.util.stream.Collectors.toSet());
            assertEquals(ctx[i].length, all.size());
            for (int f : pf.line(i)) {
                assertTrue(all.contains(f));
            }
        }
    }

    /** Three story paragraphs in one body (ids 10, 20, 30 outwards) and a reply in its own thread (40, 50, 30). */
    static ContentLines storyAndReply() {
        List<String> texts = List.of("The council voted nine to four on Tuesday to add two late-evening crossings.",
                "Ferry staff said the extra crossings would need a second crew on the evening shift.",
                "The first late crossing leaves the harbour at half past ten from the first of June.",
                "I take this ferry every day and the late boat is the best news our island has had in years.");
        List<MarkupCues> cues = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cues.add(new MarkupCues(true, "p", 0, 0.0, java.util.Set.of("article"), List.of(), List.of(10, 20, 30)));
        }
        cues.add(new MarkupCues(true, "p", 0, 0.0, java.util.Set.of("section"), List.of(), List.of(40, 50, 30)));
        return new ContentLines(texts, cues, new boolean[4], new boolean[4], Collections.nCopies(4, Language.ENGLISH),
                Language.ENGLISH);
    }

    @Test
    void textHomeIsHowFarOutTheContainerWithMostOfThePlainTextIs() {
        ContentLines page = storyAndReply();
        LineProfile[] profiles = page.texts().stream().map(t -> LineProfile.of(t, 1000)).toArray(LineProfile[]::new);
        assertArrayEquals(new int[] {1, 1, 1, 3}, ContainerMass.of(page.cues(), profiles).textHome());
        // A line whose cues say "no markup" is not placed, whatever containers it names.
        List<MarkupCues> cues = new ArrayList<>(page.cues());
        cues.set(3, new MarkupCues(false, "", 0, 0.0, java.util.Set.of(), List.of(), List.of(99, 98)));
        ContentLines mixed = new ContentLines(page.texts(), cues, new boolean[4], new boolean[4],
                Collections.nCopies(4, Language.ENGLISH), Language.ENGLISH);
        assertArrayEquals(new int[] {1, 1, 1, 9}, ContainerMass.of(mixed.cues(), profiles).textHome());
        ContentLines text = page(TEXTS);
        LineProfile[] plain = text.texts().stream().map(t -> LineProfile.of(t, 1000)).toArray(LineProfile[]::new);
        for (int v : ContainerMass.of(text.cues(), plain).textHome()) {
            assertEquals(9, v, "no markup, no container");
        }
    }

    @Test
    void storyContainerFollowsTheFirstStagesArticleText() {
        PageFeatures pf = new FeatureExtractor(FeatureSettings.DEFAULT).extract(storyAndReply());
        double[][] allArticle = new double[4][];
        Arrays.fill(allArticle, new double[] {0.9, 0.0, 0.1, 0.0});
        int[] story = ArticleLayout.storyContainer(pf, allArticle);
        // Even when the first stage calls the reply article, it meets the story only three levels out.
        assertEquals(List.of(1, 1, 1, 3), Arrays.stream(story).map(v -> v / 10).boxed().toList());
        double[][] replyOnly = new double[4][];
        Arrays.fill(replyOnly, new double[] {0.0, 0.0, 1.0, 0.0});
        replyOnly[3] = new double[] {1.0, 0.0, 0.0, 0.0};
        assertEquals(List.of(3, 3, 3, 1), Arrays.stream(ArticleLayout.storyContainer(pf, replyOnly)).map(v -> v / 10).boxed().toList());
        PageFeatures plain = new FeatureExtractor(FeatureSettings.DEFAULT).extract(page(TEXTS));
        double[][] probs = new double[TEXTS.size()][];
        Arrays.fill(probs, new double[] {0.7, 0.1, 0.1, 0.1});
        for (int v : ArticleLayout.storyContainer(plain, probs)) {
            assertEquals(-1, v);
        }
    }

    @Test
    void lineProfileShapes() {
        LineProfile p = LineProfile.of("FLERE SAKER FRA AVISASe alle", 1000);
        assertTrue(p.gluedTokens > 0);
        assertEquals('U', p.firstClass);
        LineProfile q = LineProfile.of("Photo: Jane Roe / Agency", 1000);
        assertTrue(q.hasColonEarly);
        assertEquals("photo: jane roe / agency", q.normalized);
        assertEquals("00 min", LineProfile.normalizeLine("12 min"));
    }
}
