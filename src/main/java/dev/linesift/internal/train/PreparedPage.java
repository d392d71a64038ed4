package dev.linesift.internal.train;

import dev.linesift.Label;
import dev.linesift.internal.features.ContentLines;
import java.util.List;

/**
 * A corpus page after line preparation and language detection, with the gold label of each
 * content line as a class index.
 */
public record PreparedPage(CorpusPage meta, ContentLines content, int[] gold) {

    static PreparedPage of(CorpusPage meta, ContentLines content) {
        List<Label> labels = meta.gold().contentLabels();
        if (labels.size() != content.size()) {
            throw new IllegalStateException(meta.file() + ": " + labels.size() + " labels for " + content.size() + " lines");
        }
        int[] gold = new int[labels.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = labels.get(i).ordinal();
        }
        return new PreparedPage(meta, content, gold);
    }
}
