package dev.linesift.internal.features;

import static dev.linesift.internal.features.Bins.countBin;

import dev.linesift.internal.lines.MarkupCues;
import dev.linesift.train.FeatureGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FeatureGroup#MARKUP}: a line's block tag, heading level, link density and enclosing
 * elements; how much of the page's text and links its containers hold ({@link ContainerMass});
 * and which of the lines around share its container. Lines read without markup get one feature
 * that says so. With {@link FeatureGroup#CLASS_TOKENS} on, the class tokens come in between.
 */
final class MarkupFeatures implements GroupFeatures {
    private static final long M_NONE = Hashing.namespace("m.none");
    private static final long M_TAG = Hashing.namespace("m.tag");
    private static final long M_H = Hashing.namespace("m.h");
    private static final long M_LD = Hashing.namespace("m.ld");
    private static final long M_ENC = Hashing.namespace("m.enc");
    private static final long M_TAG_LD = Hashing.namespace("m.tag*ld");
    private static final long M_SIB = Hashing.namespace("m.siblings");
    private static final long M_FAMILY = Hashing.namespace("m.family");
    private static final long M_MASS = Hashing.namespace("m.mass");
    private static final long M_TEXT_HOME = Hashing.namespace("m.text-home");
    private static final long M_ANCESTOR = Hashing.namespace("m.ancestor");
    private static final long M_DENSEST = Hashing.namespace("m.densest");
    private static final GroupFeatures CLASS_TOKENS = new ClassTokenFeatures();
    private static final LineAdder NOTHING = (i, sink) -> { };

    @Override
    public FeatureGroup group() {
        return FeatureGroup.MARKUP;
    }

    @Override
    public LineAdder forPage(PageContext page) {
        int n = page.size;
        List<MarkupCues> cues = page.cues();
        // Lines per parent and grandparent id (0 counts the lines that have none).
        Map<Integer, Integer> parentCount = new HashMap<>();
        Map<Integer, Integer> grandCount = new HashMap<>();
        for (MarkupCues c : cues) {
            if (c.present()) {
                parentCount.merge(c.parent(), 1, Integer::sum);
                grandCount.merge(c.grandparent(), 1, Integer::sum);
            }
        }
        ContainerMass containers = ContainerMass.of(cues, page.profiles);
        LineAdder classTokens = page.settings.has(CLASS_TOKENS.group()) ? CLASS_TOKENS.forPage(page) : NOTHING;
        return (i, sink) -> {
            MarkupCues c = cues.get(i);
            if (!c.present()) {
                sink.add(M_NONE, 0);
                return;
            }
            int ld = Bins.linkBin(c.linkDensity());
            sink.add(M_TAG, c.tag());
            sink.add(M_H, c.headingLevel());
            sink.add(M_LD, ld);
            sink.add(Hashing.value(M_TAG_LD, c.tag().hashCode() * 16L + ld));
            for (String e : c.enclosing()) {
                sink.add(M_ENC, e);
            }
            classTokens.add(i, sink);
            for (int k = 0; k < ContainerMass.LEVELS; k++) {
                sink.add(M_ANCESTOR, k * 1000L + containers.ancestor()[i][k]);
            }
            sink.add(M_DENSEST, containers.densest()[i]);
            // Siblings: the lines around that share this line's container, and how many do.
            int code = 0;
            for (int k = 0; k < 4; k++) {
                int j = i + (k < 2 ? -(k + 1) : k - 1);
                if (j >= 0 && j < n && c.parent() != 0 && cues.get(j).parent() == c.parent()) {
                    code |= 1 << k;
                }
            }
            sink.add(M_FAMILY, code);
            sink.add(M_MASS, containers.mass()[i]);
            sink.add(M_TEXT_HOME, containers.textHome()[i]);
            sink.add(M_SIB, countBin(parentCount.getOrDefault(c.parent(), 0)) * 10L
                    + countBin(grandCount.getOrDefault(c.grandparent(), 0)));
        };
    }
}
