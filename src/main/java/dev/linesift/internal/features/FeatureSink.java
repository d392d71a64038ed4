package dev.linesift.internal.features;

import java.util.Arrays;

/**
 * Collects hashed feature buckets for one line and yields each bucket once. Duplicates are
 * dropped with a bitmap over the feature space instead of sorting, which is several times
 * faster for the few hundred features of a line; the order of the result is the order of
 * first addition (the classifier does not depend on it). Not thread-safe: one per extraction.
 */
final class FeatureSink {
    private final int bits;
    private final long[] seen;
    private int[] buckets = new int[256];
    private int size;

    FeatureSink(int bits) {
        this.bits = bits;
        this.seen = new long[Math.max(1, (1 << bits) >>> 6)];
    }

    void add(long hash) {
        addBucket(Hashing.bucket(hash, bits));
    }

    void add(long ns, long value) {
        add(Hashing.value(ns, value));
    }

    void add(long ns, CharSequence value) {
        add(Hashing.value(ns, value));
    }

    /** Adds an already hashed bucket (for combining stages). */
    void addBucket(int bucket) {
        long mask = 1L << (bucket & 63);
        int word = bucket >>> 6;
        if ((seen[word] & mask) != 0) {
            return;
        }
        seen[word] |= mask;
        if (size == buckets.length) {
            buckets = Arrays.copyOf(buckets, size * 2);
        }
        buckets[size++] = bucket;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            seen[buckets[i] >>> 6] = 0;
        }
        size = 0;
    }

    /** The distinct buckets added since the last {@link #clear()}. */
    int[] toArray() {
        return Arrays.copyOf(buckets, size);
    }
}
