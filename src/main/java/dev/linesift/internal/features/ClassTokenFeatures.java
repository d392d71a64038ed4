package dev.linesift.internal.features;

import dev.linesift.internal.lines.MarkupCues;
import dev.linesift.train.FeatureGroup;
import java.util.List;

/**
 * {@link FeatureGroup#CLASS_TOKENS}: the folded class, id and role tokens of a line's block and
 * its ancestors. They need the markup cues, so {@link MarkupFeatures} adds them, in the middle
 * of its own features where they have always stood (the order of first addition is part of
 * what a trained model reads), and only with {@link FeatureGroup#MARKUP} on as well.
 */
final class ClassTokenFeatures implements GroupFeatures {
    private static final long M_CLS = Hashing.namespace("m.cls");

    @Override
    public FeatureGroup group() {
        return FeatureGroup.CLASS_TOKENS;
    }

    @Override
    public LineAdder forPage(PageContext page) {
        List<MarkupCues> cues = page.cues();
        return (i, sink) -> {
            MarkupCues c = cues.get(i);
            if (!c.present()) {
                return;
            }
            for (String t : c.classTokens()) {
                sink.add(M_CLS, ClassTokens.fold(t));
            }
        };
    }
}
