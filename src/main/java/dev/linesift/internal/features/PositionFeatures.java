package dev.linesift.internal.features;

import static dev.linesift.internal.features.Bins.indexBin;

import dev.linesift.train.FeatureGroup;

/**
 * {@link FeatureGroup#POSITION}: where a line stands in the page, counted from either end, the
 * page's size, and the blank lines around it.
 */
final class PositionFeatures implements GroupFeatures {
    private static final long P_REL = Hashing.namespace("p.rel");
    private static final long P_START = Hashing.namespace("p.start");
    private static final long P_END = Hashing.namespace("p.end");
    private static final long P_BLANK = Hashing.namespace("p.blank");
    private static final long P_SIZE = Hashing.namespace("p.size");

    @Override
    public FeatureGroup group() {
        return FeatureGroup.POSITION;
    }

    @Override
    public LineAdder forPage(PageContext page) {
        int n = page.size;
        boolean[] before = page.page.blankBefore();
        boolean[] after = page.page.blankAfter();
        return (i, sink) -> {
            sink.add(P_REL, n <= 1 ? 0 : (long) Math.floor(9.999 * i / (n - 1)));
            sink.add(P_START, indexBin(i));
            sink.add(P_END, indexBin(n - 1 - i));
            sink.add(P_BLANK, (before[i] ? 1 : 0) + (after[i] ? 2 : 0));
            sink.add(P_SIZE, indexBin(n));
        };
    }
}
