package dev.linesift.internal.features;

import dev.linesift.train.FeatureSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a page's content lines into hashed binary features for the line classifier. Features
 * describe shape, position, language relations, repetition, words and markup of a line and of
 * its neighbours; none of them names a phrase or a site. Each group of features is one
 * {@link GroupFeatures}; this class runs those the settings switch on. Immutable and thread-safe.
 */
public final class FeatureExtractor {
    /**
     * Version of the feature definitions. A model trained under another version would read
     * different buckets, so loading one fails. Bump on any change to what a feature means.
     */
    public static final int SCHEMA_VERSION = 4;

    private static final long BIAS = Hashing.namespace("bias");
    /**
     * The groups in the order their features are added. A line's features keep the order of
     * first addition and training sums over them in that order, so reordering the groups (or
     * the features inside one) changes a retrained model's last bits: add new groups at the end.
     * {@link ClassTokenFeatures} is not listed: {@link MarkupFeatures} adds it.
     */
    private static final List<GroupFeatures> GROUPS = List.of(new ShapeFeatures(), new PositionFeatures(),
            new LanguageFeatures(), new RepetitionFeatures(), new LexicalFeatures(), new NeighbourFeatures(),
            new MarkupFeatures(), new CohesionFeatures());

    private final FeatureSettings settings;

    public FeatureExtractor(FeatureSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public FeatureSettings settings() {
        return settings;
    }

    public PageFeatures extract(ContentLines page) {
        PageContext context = new PageContext(page, settings);
        List<GroupFeatures.LineAdder> groups = new ArrayList<>(GROUPS.size());
        for (GroupFeatures g : GROUPS) {
            if (settings.has(g.group())) {
                groups.add(g.forPage(context));
            }
        }
        int n = page.size();
        int[][] out = new int[n][];
        FeatureSink sink = new FeatureSink(settings.bits());
        for (int i = 0; i < n; i++) {
            sink.clear();
            sink.add(BIAS, 0);
            for (GroupFeatures.LineAdder g : groups) {
                g.add(i, sink);
            }
            out[i] = sink.toArray();
        }
        return new PageFeatures(out, page, context.profiles, context.prevSame, context.nextSame, context.normGroup,
                context.rare);
    }
}
