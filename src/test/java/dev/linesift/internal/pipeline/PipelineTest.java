package dev.linesift.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.Label;
import dev.linesift.Language;
import dev.linesift.Limits;
import dev.linesift.Shared;
import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.language.LanguageIdentifier;
import dev.linesift.internal.lines.Page;
import dev.linesift.train.FeatureSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final String TEXT = String.join("\n",
            "Harbour council approves new ferry timetable after long dispute",
            "",
            "The council voted nine to four on Tuesday to add two late-evening crossings to the island route.",
            "Subscribe now and get unlimited access for 1 euro the first month.");

    @Test
    void theListenerHearsEveryStageOnceAPageAndLabelsComeInOrder() {
        Pipeline pipeline = ApiAccess.get().pipeline(Shared.detector());
        Map<Pipeline.Stage, Integer> heard = new EnumMap<>(Pipeline.Stage.class);
        List<Pipeline.Labeled> out = new ArrayList<>();
        pipeline.label(() -> pipeline.reader().readText(TEXT, "t"), out::add, (stage, nanos) -> {
            assertTrue(nanos >= 0);
            heard.merge(stage, 1, Integer::sum);
        });
        assertEquals(Map.of(Pipeline.Stage.READ, 1, Pipeline.Stage.LANGUAGE, 1, Pipeline.Stage.FEATURES, 1,
                Pipeline.Stage.PREDICT, 1), heard);
        assertEquals(List.of(1, 3, 4), out.stream().map(l -> l.line().number()).toList());
    }

    @Test
    void longPagesAreLabeledInSegmentsWithOneDominantLanguage() {
        Pipeline pipeline = ApiAccess.get().pipeline(Shared.detector());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            lines.add("Line " + i + " of a long report on the harbour ferries and the timetable they keep.");
        }
        Pipeline small = Pipeline.labeling(pipeline.model().orElseThrow(), pipeline.languages(),
                Limits.DEFAULT.withSegmentLines(100));
        int[] segments = new int[1];
        List<Pipeline.Labeled> out = new ArrayList<>();
        Language dominant = small.label(Page.ofTextLines("long", lines), out::add, (stage, nanos) -> {
            if (stage == Pipeline.Stage.PREDICT) {
                segments[0]++;
            }
        });
        assertEquals(3, segments[0]);
        assertEquals(250, out.size());
        assertEquals(Language.ENGLISH, dominant);
    }

    @Test
    void aTrainingPipelineHasNoModelAndAModelOfOtherFeaturesIsRefused() {
        Pipeline pipeline = ApiAccess.get().pipeline(Shared.detector());
        Pipeline training = Pipeline.training(pipeline.languages(), new FeatureSettings(12, FeatureSettings.DEFAULT.groups(), 1_000));
        var content = training.prepare(Page.ofTextLines("t", TEXT.lines().toList()));
        assertEquals(3, content.size());
        assertThrows(IllegalStateException.class, () -> training.predict(training.features(content)));
        assertThrows(IllegalArgumentException.class, () -> training.withModel(pipeline.model().orElseThrow()));
    }

    @Test
    void predictionsTakeTheFirstOfTiedLabelsAndClampProbabilities() {
        Prediction p = Prediction.of(new double[] {0.3, 0.3, 0.4, 0.0});
        assertEquals(Label.TEASER, p.best());
        assertEquals(Label.ARTICLE, p.bestExcept(Label.TEASER));
        assertEquals(Label.ARTICLE, Prediction.of(new double[] {0.25, 0.25, 0.25, 0.25}).best());
        assertEquals(1.0, Prediction.of(new double[] {1.0000001, 0, 0, 0}).probability(Label.ARTICLE));
        assertThrows(IllegalArgumentException.class, () -> Prediction.of(new double[] {1.0}));
    }

    @Test
    void theDominantLanguageIsTheOneWithMostLettersAndTiesGoToTheFirstDeclared() {
        assertEquals(Language.UNKNOWN, LanguageIdentifier.dominant(Map.of()));
        assertEquals(Language.GERMAN, LanguageIdentifier.dominant(Map.of(Language.ENGLISH, 10, Language.GERMAN, 30)));
        assertEquals(Language.ENGLISH, LanguageIdentifier.dominant(Map.of(Language.GERMAN, 30, Language.ENGLISH, 30)));
    }
}
