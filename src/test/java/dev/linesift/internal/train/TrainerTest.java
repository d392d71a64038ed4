package dev.linesift.internal.train;

import dev.linesift.train.TrainingOptions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.train.FeatureGroup;
import dev.linesift.train.FeatureSettings;
import dev.linesift.internal.features.PageFeatures;
import dev.linesift.internal.model.LineModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static List<CorpusPage> sample;
    /** Two HTML and two text pages from each of three families that have both. */
    private static List<CorpusPage> mixed;
    private static final TrainingOptions SMALL = new TrainingOptions(
            new FeatureSettings(15, EnumSet.allOf(FeatureGroup.class), 400), TrainingOptions.DEFAULT.languages(),
            true, 1.0, 1.0, 40, 3, 7L, true, true);

    @BeforeAll
    static void loadSample() throws Exception {
        Corpus corpus = dev.linesift.Shared.corpus();
        Map<String, List<CorpusPage>> byFamily = new LinkedHashMap<>();
        for (CorpusPage p : corpus.pages()) {
            byFamily.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(p);
        }
        sample = new ArrayList<>();
        byFamily.values().stream().limit(6).forEach(l -> sample.addAll(l.subList(0, Math.min(4, l.size()))));
        mixed = new ArrayList<>();
        int families = 0;
        for (List<CorpusPage> pages : byFamily.values()) {
            List<CorpusPage> html = pages.stream().filter(CorpusPage::isHtml).limit(2).toList();
            List<CorpusPage> text = pages.stream().filter(p -> !p.isHtml()).limit(2).toList();
            if (html.size() == 2 && text.size() == 2 && families < 3) {
                mixed.addAll(html);
                mixed.addAll(text);
                families++;
            }
        }
    }

    @Test
    void theSameDataAndSeedGiveTheSamePredictions() {
        Trainer a = new Trainer(SMALL, s -> { });
        List<PreparedPage> pages = a.prepare(sample);
        List<PageFeatures> features = a.features(pages);
        LineModel m1 = a.train(pages, features, "h");
        LineModel m2 = new Trainer(SMALL, s -> { }).train(pages, a.features(pages), "h");
        for (PageFeatures pf : features) {
            double[][] p1 = m1.predict(pf);
            double[][] p2 = m2.predict(pf);
            for (int i = 0; i < p1.length; i++) {
                assertArrayEquals(p1[i], p2[i], 0.0);
            }
        }
        assertTrue(m1.hasContextStage());
        assertEquals(sample.size(), m1.manifest().trainingPages());
    }

    @Test
    void stackingFoldsNeverSplitAFamily() {
        Trainer t = new Trainer(SMALL, s -> { });
        List<PreparedPage> pages = t.prepare(sample);
        int[] folds = Trainer.familyFolds(pages, 3, 7L);
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            Integer prev = foldOf.put(pages.get(p).meta().family(), folds[p]);
            if (prev != null) {
                assertEquals(prev, folds[p]);
            }
        }
        assertEquals(3, foldOf.values().stream().distinct().count());
    }

    @Test
    void theModelLearnsSomething() {
        Trainer t = new Trainer(SMALL, s -> { });
        List<PreparedPage> pages = t.prepare(sample);
        List<PageFeatures> features = t.features(pages);
        LineModel m = t.train(pages, features, "h");
        dev.linesift.eval.Scores s = new dev.linesift.eval.Scores();
        for (int p = 0; p < pages.size(); p++) {
            CrossValidation.score(t.pipeline().withModel(m), features.get(p), pages.get(p).gold(), s);
        }
        assertTrue(s.macroF1() > 0.8, "training-set macro-F1 " + s.macroF1());
        LineModel withoutContext = new Trainer(SMALL.withStackingFolds(0), x -> { }).train(pages, features, "h");
        assertNotEquals(true, withoutContext.hasContextStage());
    }

    @Test
    void blindCopiesAreHtmlPagesWithoutTheirWordsAndWithoutTheirClassTokens() {
        Trainer t = new Trainer(SMALL, x -> { });
        List<PreparedPage> pages = t.prepare(mixed);
        List<PageFeatures> full = t.features(pages);
        Map<Integer, List<PageFeatures>> blind = t.blindCopies(pages);
        int html = 0;
        for (int p = 0; p < pages.size(); p++) {
            if (!pages.get(p).meta().isHtml()) {
                assertTrue(!blind.containsKey(p), "a copy of a text page: " + pages.get(p).meta().file());
                continue;
            }
            html++;
            assertEquals(2, blind.get(p).size(), "one copy without words, one without class tokens");
            for (PageFeatures copy : blind.get(p)) {
                boolean smaller = false;
                for (int i = 0; i < full.get(p).size(); i++) {
                    Set<Integer> all = new HashSet<>();
                    for (int f : full.get(p).line(i)) {
                        all.add(f);
                    }
                    for (int f : copy.line(i)) {
                        assertTrue(all.contains(f), "a blind feature the full line lacks: " + pages.get(p).meta().file());
                    }
                    smaller |= copy.line(i).length < full.get(p).line(i).length;
                }
                assertTrue(smaller, "nothing left out in a copy of " + pages.get(p).meta().file());
            }
        }
        assertTrue(html > 0 && html < pages.size(), "the sample mixes HTML and text pages");
        // Cross-validation trains on the same pages many times; the copies are made once.
        Map<Integer, List<PageFeatures>> again = t.blindCopies(pages);
        for (Map.Entry<Integer, List<PageFeatures>> e : blind.entrySet()) {
            for (int k = 0; k < e.getValue().size(); k++) {
                assertSame(e.getValue().get(k), again.get(e.getKey()).get(k));
            }
        }
        TrainingOptions neither = SMALL.withWordBlindCopies(false).withClassBlindCopies(false);
        assertTrue(new Trainer(neither, x -> { }).blindCopies(pages).isEmpty());
        TrainingOptions noWords = SMALL.withFeatures(SMALL.features().without(FeatureGroup.LEXICAL)).withClassBlindCopies(false);
        assertTrue(new Trainer(noWords, x -> { }).blindCopies(pages).isEmpty());
        Map<Integer, List<PageFeatures>> classOnly = new Trainer(SMALL.withWordBlindCopies(false), x -> { }).blindCopies(pages);
        assertTrue(classOnly.values().stream().allMatch(l -> l.size() == 1));
    }

    @Test
    void wordBlindCopiesChangeTheModelOnlyWhenThereAreHtmlPages() {
        TrainingOptions on = SMALL.withStackingFolds(0);
        TrainingOptions off = on.withWordBlindCopies(false);
        Trainer t = new Trainer(on, x -> { });
        List<PreparedPage> both = t.prepare(mixed);
        List<PreparedPage> text = both.stream().filter(p -> !p.meta().isHtml()).toList();
        List<PageFeatures> bothF = t.features(both);
        List<PageFeatures> textF = t.features(text);
        assertTrue(differ(t.train(both, bothF, "h"), new Trainer(off, x -> { }).train(both, bothF, "h"), bothF),
                "copies of HTML pages left the model unchanged");
        LineModel textOn = t.train(text, textF, "h");
        assertFalse(differ(textOn, new Trainer(off, x -> { }).train(text, textF, "h"), textF),
                "text pages alone must give the same model either way");
        assertEquals("true", textOn.manifest().parameters().get("wordBlindCopies"));
    }

    private static boolean differ(LineModel a, LineModel b, List<PageFeatures> features) {
        for (PageFeatures pf : features) {
            double[][] pa = a.predict(pf);
            double[][] pb = b.predict(pf);
            for (int i = 0; i < pa.length; i++) {
                if (!java.util.Arrays.equals(pa[i], pb[i])) {
                    return true;
                }
            }
        }
        return false;
    }
}
