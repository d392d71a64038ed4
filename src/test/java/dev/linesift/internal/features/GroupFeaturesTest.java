package dev.linesift.internal.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.Language;
import dev.linesift.internal.lines.MarkupCues;
import dev.linesift.train.FeatureGroup;
import dev.linesift.train.FeatureSettings;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupFeaturesTest {
    private static final FeatureSettings ALL = new FeatureSettings(17, EnumSet.allOf(FeatureGroup.class), 1000);

    /** A story paragraph between a menu and a footer, with class tokens on every block. */
    private static ContentLines page() {
        List<String> texts = List.of("Home | News | Sport", "The council voted nine to four on Tuesday to add two late crossings.",
                "© 2025 The Island Post");
        List<MarkupCues> cues = List.of(
                new MarkupCues(true, "a", 0, 1.0, Set.of("nav"), List.of("menu", "css-1x7q2b"), List.of(1, 2)),
                new MarkupCues(true, "p", 0, 0.0, Set.of("article"), List.of("story-body"), List.of(3, 4, 2)),
                new MarkupCues(true, "p", 0, 0.0, Set.of("footer"), List.of("footer"), List.of(5, 2)));
        return new ContentLines(texts, cues, new boolean[3], new boolean[3], Collections.nCopies(3, Language.ENGLISH),
                Language.ENGLISH);
    }

    @Test
    void eachGroupAloneIsTheBiasAndWhatItsOwnClassAdds() {
        List<GroupFeatures> groups = List.of(new ShapeFeatures(), new PositionFeatures(), new LanguageFeatures(),
                new RepetitionFeatures(), new LexicalFeatures(), new NeighbourFeatures(), new MarkupFeatures(),
                new CohesionFeatures());
        for (GroupFeatures g : groups) {
            FeatureSettings only = new FeatureSettings(17, EnumSet.of(g.group()), 1000);
            PageFeatures extracted = new FeatureExtractor(only).extract(page());
            GroupFeatures.LineAdder adder = g.forPage(new PageContext(page(), only));
            FeatureSink sink = new FeatureSink(17);
            for (int i = 0; i < extracted.size(); i++) {
                sink.clear();
                sink.add(Hashing.namespace("bias"), 0);
                adder.add(i, sink);
                assertTrue(sink.toArray().length > 1, g.group() + " adds features");
                assertArrayEquals(extracted.line(i), sink.toArray(), g.group() + ", line " + i);
            }
        }
    }

    @Test
    void classTokensComeOnlyWithMarkupAndAmongItsFeatures() {
        for (int i = 0; i < 3; i++) {
            int[] with = new FeatureExtractor(ALL).extract(page()).line(i);
            int[] without = new FeatureExtractor(ALL.without(FeatureGroup.CLASS_TOKENS)).extract(page()).line(i);
            assertTrue(with.length > without.length);
            // Everything else keeps its buckets and their order around the class tokens.
            assertArrayEquals(without, Arrays.stream(with).filter(b -> Arrays.stream(without).anyMatch(w -> w == b)).toArray());
        }
        FeatureSettings noMarkup = ALL.without(FeatureGroup.MARKUP);
        PageFeatures a = new FeatureExtractor(noMarkup).extract(page());
        PageFeatures b = new FeatureExtractor(noMarkup.without(FeatureGroup.CLASS_TOKENS)).extract(page());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(b.line(i), a.line(i), "without markup the class tokens switch changes nothing");
        }
    }
}
