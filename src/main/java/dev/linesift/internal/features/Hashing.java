package dev.linesift.internal.features;

/**
 * Feature hashing: a feature is a namespace and a value, hashed into {@code 2^bits} buckets.
 * Stable across runs and JVMs (no {@link String#hashCode()} randomness is involved, and the
 * mixing is fixed), because trained weights are stored by bucket.
 */
final class Hashing {
    private Hashing() {
    }

    /** A namespace id from its name; computed once per namespace constant. */
    static long namespace(String name) {
        return chars(0x9E3779B97F4A7C15L, name, 0, name.length());
    }

    static long value(long ns, long v) {
        return mix(ns ^ mix(v + 0x632BE59BD9B4E019L));
    }

    static long value(long ns, CharSequence s) {
        return chars(ns, s, 0, s.length());
    }

    static long value(long ns, CharSequence s, int from, int to) {
        return chars(ns, s, from, to);
    }

    private static long chars(long seed, CharSequence s, int from, int to) {
        long h = seed ^ 0xFF51AFD7ED558CCDL;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
            h = Long.rotateLeft(h, 23);
        }
        return mix(h ^ (to - from));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    static int bucket(long hash, int bits) {
        return (int) (hash >>> (64 - bits));
    }
}
