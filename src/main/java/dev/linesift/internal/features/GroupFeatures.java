package dev.linesift.internal.features;

import dev.linesift.train.FeatureGroup;

/**
 * One group of stage-one line features, so that adding or leaving out a group is one class.
 * Page-wide work (counts, maps, container masses) is done once per page in {@link #forPage};
 * what it returns then adds the group's features of each line.
 */
interface GroupFeatures {
    /** The settings switch that turns this group on. */
    FeatureGroup group();

    /** Prepares the group for one page; called only when the group is on. */
    LineAdder forPage(PageContext page);

    /** Adds one group's features of a line of the page it was prepared for. */
    @FunctionalInterface
    interface LineAdder {
        void add(int line, FeatureSink sink);
    }
}
