package dev.linesift.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.features.FeatureGroup;
import dev.linesift.features.FeatureSettings;
import dev.linesift.features.PageFeatures;
import dev.linesift.model.LineModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static List<CorpusPage> sample;
    private static final TrainingOptions SMALL = new TrainingOptions(
            new FeatureSettings(15, EnumSet.allOf(FeatureGroup.class), 400), TrainingOptions.DEFAULT.languages(),
            true, 1.0, 1.0, 40, 3, 7L);

    @BeforeAll
    static void loadSample() throws Exception {
        Corpus corpus = Corpus.load(Path.of("training-data"));
        Map<String, List<CorpusPage>> byFamily = new LinkedHashMap<>();
        for (CorpusPage p : corpus.pages()) {
            byFamily.computeIfAbsent(p.family(), k -> new ArrayList<>()).add(p);
        }
        sample = new ArrayList<>();
        byFamily.values().stream().limit(6).forEach(l -> sample.addAll(l.subList(0, Math.min(4, l.size()))));
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
            CrossValidation.score(m, features.get(p), pages.get(p).gold(), s);
        }
        assertTrue(s.macroF1() > 0.8, "training-set macro-F1 " + s.macroF1());
        LineModel withoutContext = new Trainer(SMALL.withStackingFolds(0), x -> { }).train(pages, features, "h");
        assertNotEquals(true, withoutContext.hasContextStage());
    }
}
