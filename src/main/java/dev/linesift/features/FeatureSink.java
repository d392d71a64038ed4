package dev.linesift.features;

import java.util.Arrays;

/** Collects hashed feature buckets for one line; yields them sorted and without duplicates. */
final class FeatureSink {
    private final int bits;
    private int[] buckets = new int[256];
    private int size;

    FeatureSink(int bits) {
        this.bits = bits;
    }

    void add(long hash) {
        if (size == buckets.length) {
            buckets = Arrays.copyOf(buckets, size * 2);
        }
        buckets[size++] = Hashing.bucket(hash, bits);
    }

    void add(long ns, long value) {
        add(Hashing.value(ns, value));
    }

    void add(long ns, CharSequence value) {
        add(Hashing.value(ns, value));
    }

    void clear() {
        size = 0;
    }

    int[] toSortedUnique() {
        int[] copy = Arrays.copyOf(buckets, size);
        Arrays.sort(copy);
        int k = 0;
        for (int i = 0; i < copy.length; i++) {
            if (k == 0 || copy[i] != copy[k - 1]) {
                copy[k++] = copy[i];
            }
        }
        return k == copy.length ? copy : Arrays.copyOf(copy, k);
    }
}
