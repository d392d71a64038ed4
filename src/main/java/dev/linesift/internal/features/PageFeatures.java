package dev.linesift.internal.features;

import dev.linesift.Language;
import java.util.List;

/**
 * The stage-one features of a page's content lines, plus what the context stage needs to know
 * about the page. Produced by {@link FeatureExtractor}; read-only.
 */
public final class PageFeatures {
    private final int[][] lines;
    final ContentLines input;
    final LineProfile[] profiles;
    /** Index of the previous / next content line with the same text, or -1. */
    final int[] prevSame;
    final int[] nextSame;
    /** For each line, an id shared by lines with the same digit-masked text. */
    final int[] normGroup;
    /** The lines' longer words and where they occur, for the cohesion features of both stages. */
    final RareWords words;

    PageFeatures(int[][] lines, ContentLines input, LineProfile[] profiles, int[] prevSame, int[] nextSame,
                 int[] normGroup, RareWords words) {
        this.words = words;
        this.lines = lines;
        this.input = input;
        this.profiles = profiles;
        this.prevSame = prevSame;
        this.nextSame = nextSame;
        this.normGroup = normGroup;
    }

    /** Number of content lines. */
    public int size() {
        return lines.length;
    }

    /** The sorted, distinct feature buckets of content line {@code i}. */
    public int[] line(int i) {
        return lines[i];
    }

    public List<Language> languages() {
        return input.languages();
    }

    public Language dominant() {
        return input.dominant();
    }
}
