package dev.linesift.internal.features;

/**
 * The binnings that turn counts and shares into the small codes features are made of, shared by
 * the feature groups and the context stage. A bin's edges are part of what a feature means:
 * changing one needs a new {@link FeatureExtractor#SCHEMA_VERSION}.
 */
final class Bins {
    private Bins() {
    }

    /** How many of the ascending {@code edges} {@code v} reaches. */
    static int bin(double v, double... edges) {
        int b = 0;
        while (b < edges.length && v >= edges[b]) {
            b++;
        }
        return b;
    }

    static int lenBin(int chars) {
        if (chars <= 3) {
            return 0;
        }
        int b = 32 - Integer.numberOfLeadingZeros(chars) - 2; // 4-7 → 1, 8-15 → 2, ...
        return Math.min(b, 9);
    }

    static int tokenBin(int tokens) {
        return tokens <= 4 ? tokens : tokens <= 6 ? 5 : tokens <= 9 ? 6 : tokens <= 14 ? 7 : tokens <= 24 ? 8 : tokens <= 49 ? 9 : 10;
    }

    /** 0 too few cased letters, 6 all capitals, 1-5 the share of capitals. */
    static int caseBin(LineProfile p) {
        int cased = p.upper + p.lowerLetters;
        if (cased < 2) {
            return 0;
        }
        if (p.upper == cased) {
            return 6;
        }
        return 1 + bin((double) p.upper / cased, 0.01, 0.1, 0.25, 0.6);
    }

    static int indexBin(int i) {
        return i <= 4 ? i : i <= 7 ? 5 : i <= 12 ? 6 : i <= 20 ? 7 : i <= 40 ? 8 : i <= 80 ? 9 : 10;
    }

    static int countBin(int count) {
        return count <= 3 ? count : count <= 6 ? 4 : count <= 12 ? 5 : 6;
    }

    static int linkBin(double density) {
        return density <= 0 ? 0 : density < 0.25 ? 1 : density < 0.5 ? 2 : density < 0.75 ? 3 : density < 1 ? 4 : 5;
    }
}
