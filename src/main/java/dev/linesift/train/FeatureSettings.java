package dev.linesift.train;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How features are made; stored in a model so that prediction makes them the same way.
 *
 * @param bits          the feature space has {@code 2^bits} hashed buckets (12–22)
 * @param groups        the feature groups switched on
 * @param analysedChars how many characters of a line the features look at (at least 16)
 * @serial exclude
 */
public record FeatureSettings(int bits, Set<FeatureGroup> groups, int analysedChars) implements Serializable {
    // Model files keep these values in their manifest, never this object's serialized form,
    // so that form is no format to document (hence @serial exclude).
    private static final long serialVersionUID = 1L;

    /**
     * Every group but the class tokens: on real pages they carried nothing measurable (WCXB
     * development pages 0.777 without them against 0.780 with, scrapinghub 0.926 against 0.920,
     * both inside the page-resampling noise) and they are what ties a model to one site's
     * templates, so the default leaves them out (models/report-notes.md).
     */
    public static final FeatureSettings DEFAULT = new FeatureSettings(17,
            EnumSet.complementOf(EnumSet.of(FeatureGroup.CLASS_TOKENS)), 1_000);

    /**
     * Checks the values and copies {@code groups}.
     *
     * @param bits          the feature space has {@code 2^bits} hashed buckets, 12–22
     * @param groups        the feature groups switched on; may be empty, not {@code null}
     * @param analysedChars how many characters of a line the features look at, at least 16
     * @throws IllegalArgumentException if {@code bits} or {@code analysedChars} is out of range
     * @throws NullPointerException     if {@code groups} is or holds {@code null}
     */
    public FeatureSettings {
        if (bits < 12 || bits > 22) {
            throw new IllegalArgumentException("bits must be 12-22: " + bits);
        }
        Objects.requireNonNull(groups, "groups");
        groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
        if (analysedChars < 16) {
            throw new IllegalArgumentException("analysedChars must be at least 16: " + analysedChars);
        }
    }

    /** {@return the number of hashed feature buckets, {@code 2^bits}} */
    public int dimension() {
        return 1 << bits;
    }

    /**
     * The same settings with one group switched off, as the ablation report uses them.
     *
     * @param group the group to leave out; nothing changes if it is already off
     * @return the new settings; this object is unchanged
     */
    public FeatureSettings without(FeatureGroup group) {
        EnumSet<FeatureGroup> g = groups.isEmpty() ? EnumSet.noneOf(FeatureGroup.class) : EnumSet.copyOf(groups);
        g.remove(group);
        return new FeatureSettings(bits, g, analysedChars);
    }

    /**
     * Whether a feature group is on.
     *
     * @param group the group to look for
     * @return {@code true} if the group is switched on
     */
    public boolean has(FeatureGroup group) {
        return groups.contains(group);
    }
}
