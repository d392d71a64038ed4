package dev.linesift.internal.features;

import static dev.linesift.internal.features.Bins.bin;

import dev.linesift.train.FeatureSettings;

/**
 * Second-stage features: a line's own features plus what the first stage predicted for the
 * lines around it, for other occurrences of its text and for the page as a whole. This is how
 * a line learns that it sits after the end of the article, or inside a run of story cards.
 * The page-wide codes of where the article lies (blocks, containers, shared words) come from
 * {@link ArticleLayout}; this class adds the window, run and recurrence features around them.
 */
public final class ContextFeatures {
    /** Number of label classes the probabilities cover. */
    public static final int CLASSES = 4;

    private static final long C_OWN = Hashing.namespace("c.own");
    private static final long[] C_OFF = new long[7];
    private static final long C_WIN_BEFORE = Hashing.namespace("c.win-");
    private static final long C_WIN_AFTER = Hashing.namespace("c.win+");
    private static final long C_SHARE_BEFORE = Hashing.namespace("c.share-");
    private static final long C_SHARE_AFTER = Hashing.namespace("c.share+");
    private static final long C_MAXART = Hashing.namespace("c.maxart");
    private static final long C_SPAN = Hashing.namespace("c.span");
    private static final long C_OCC = Hashing.namespace("c.occ");
    private static final long C_NORM = Hashing.namespace("c.norm");
    private static final long C_OWN_PREV = Hashing.namespace("c.own*prev");
    private static final long C_OWN_NEXT = Hashing.namespace("c.own*next");
    private static final long C_RUN = Hashing.namespace("c.run");
    private static final long C_BLOCK = Hashing.namespace("c.block");
    private static final long C_PARENT = Hashing.namespace("c.parent");
    private static final long C_GRAND = Hashing.namespace("c.grandparent");
    private static final long C_BLOCK_OWN = Hashing.namespace("c.block*own");
    private static final long C_ARTWORDS = Hashing.namespace("c.artwords");
    private static final long C_ARTWORDS_OWN = Hashing.namespace("c.artwords*own");
    private static final long C_DOM = Hashing.namespace("c.dom");
    private static final long C_DOM_OWN = Hashing.namespace("c.dom*own");
    private static final long C_WIDE = Hashing.namespace("c.wide");
    private static final long C_BETWEEN = Hashing.namespace("c.between");
    /** Lines each side of the wider window. */
    private static final int WIDE = 15;

    static {
        for (int d = -3; d <= 3; d++) {
            C_OFF[d + 3] = Hashing.namespace("c.off" + d);
        }
    }

    private final int bits;

    public ContextFeatures(FeatureSettings settings) {
        this.bits = settings.bits();
    }

    /**
     * Stage-two features of every line.
     *
     * @param page  the page's stage-one features
     * @param probs stage-one class probabilities, {@code probs[i][label]}
     */
    public int[][] extract(PageFeatures page, double[][] probs) {
        int n = page.size();
        int[] arg = new int[n];
        for (int i = 0; i < n; i++) {
            arg[i] = argmax(probs[i]);
        }
        // Prefix counts of first-stage decisions, for shares before and after a line.
        int[][] prefix = new int[CLASSES][n + 1];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < CLASSES; c++) {
                prefix[c][i + 1] = prefix[c][i] + (arg[i] == c ? 1 : 0);
            }
        }
        double[] maxArticleAfter = new double[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            maxArticleAfter[i] = Math.max(maxArticleAfter[i + 1], probs[i][0]);
        }
        double[] maxArticleBefore = new double[n + 1];
        for (int i = 0; i < n; i++) {
            maxArticleBefore[i + 1] = Math.max(maxArticleBefore[i], probs[i][0]);
        }
        int spanStart = -1;
        int spanEnd = -1;
        for (int i = 0; i < n; i++) {
            if (probs[i][0] >= 0.5) {
                if (spanStart < 0) {
                    spanStart = i;
                }
                spanEnd = i;
            }
        }
        // Mean first-stage probabilities per digit-masked text group.
        int groups = 0;
        for (int g : page.normGroup) {
            groups = Math.max(groups, g + 1);
        }
        double[][] groupSum = new double[groups][CLASSES];
        int[] groupCount = new int[groups];
        for (int i = 0; i < n; i++) {
            int g = page.normGroup[i];
            groupCount[g]++;
            for (int c = 0; c < CLASSES; c++) {
                groupSum[g][c] += probs[i][c];
            }
        }

        ArticleLayout layout = ArticleLayout.of(page, probs);
        int[] articleWords = layout.articleWords();
        int[] block = layout.block();
        int[] parentArticle = layout.parent();
        int[] grandArticle = layout.grandparent();
        int[] story = layout.story();
        int[] between = layout.between();
        double[] articlePrefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            articlePrefix[i + 1] = articlePrefix[i] + probs[i][0];
        }
        int[][] out = new int[n][];
        FeatureSink sink = new FeatureSink(bits);
        for (int i = 0; i < n; i++) {
            sink.clear();
            for (int f : page.line(i)) {
                sink.addBucket(f);
            }
            int own = decision(probs[i]);
            sink.add(C_OWN, own);
            for (int d = -3; d <= 3; d++) {
                if (d == 0) {
                    continue;
                }
                int j = i + d;
                sink.add(C_OFF[d + 3], j < 0 || j >= n ? 99 : decision(probs[j]));
            }
            sink.add(C_OWN_PREV, own * 100L + (i == 0 ? 99 : decision(probs[i - 1])));
            sink.add(C_OWN_NEXT, own * 100L + (i == n - 1 ? 99 : decision(probs[i + 1])));
            for (int c = 0; c < CLASSES; c++) {
                double before = 0;
                for (int j = Math.max(0, i - 6); j < i; j++) {
                    before += probs[j][c];
                }
                double after = 0;
                for (int j = i + 1; j <= Math.min(n - 1, i + 6); j++) {
                    after += probs[j][c];
                }
                sink.add(C_WIN_BEFORE, c * 10L + bin(before, 0.5, 1.5, 3, 4.5));
                sink.add(C_WIN_AFTER, c * 10L + bin(after, 0.5, 1.5, 3, 4.5));
                double shareBefore = i == 0 ? -1 : (double) prefix[c][i] / i;
                double shareAfter = i == n - 1 ? -1 : (double) (prefix[c][n] - prefix[c][i + 1]) / (n - 1 - i);
                sink.add(C_SHARE_BEFORE, c * 10L + (shareBefore < 0 ? 9 : bin(shareBefore, 0.01, 0.2, 0.5, 0.8)));
                sink.add(C_SHARE_AFTER, c * 10L + (shareAfter < 0 ? 9 : bin(shareAfter, 0.01, 0.2, 0.5, 0.8)));
            }
            sink.add(C_MAXART, bin(maxArticleBefore[i], 0.3, 0.6, 0.9) * 10L
                    + bin(maxArticleAfter[i + 1], 0.3, 0.6, 0.9));
            int span = spanStart < 0 ? 0 : i < spanStart ? 1 : i > spanEnd ? 3 : 2;
            sink.add(C_SPAN, span);
            int other = page.prevSame[i] >= 0 ? page.prevSame[i] : page.nextSame[i];
            sink.add(C_OCC, other < 0 ? 99 : decision(probs[other]));
            int g = page.normGroup[i];
            if (groupCount[g] > 1) {
                double[] mean = new double[CLASSES];
                for (int c = 0; c < CLASSES; c++) {
                    mean[c] = (groupSum[g][c] - probs[i][c]) / (groupCount[g] - 1);
                }
                sink.add(C_NORM, decision(mean));
            } else {
                sink.add(C_NORM, 99);
            }
            // How long the run of lines with this line's first-stage label is.
            int from = i;
            while (from > 0 && arg[from - 1] == arg[i]) {
                from--;
            }
            int to = i;
            while (to < n - 1 && arg[to + 1] == arg[i]) {
                to++;
            }
            int run = to - from + 1;
            sink.add(C_RUN, arg[i] * 10L + (run == 1 ? 0 : run == 2 ? 1 : run <= 4 ? 2 : run <= 8 ? 3 : 4));
            sink.add(C_ARTWORDS, articleWords[i]);
            sink.add(C_BLOCK, block[i]);
            if (parentArticle[i] >= 0) {
                sink.add(C_PARENT, own * 100L + parentArticle[i]);
                sink.add(C_GRAND, own * 100L + grandArticle[i]);
            }
            sink.add(C_BLOCK_OWN, own * 100L + block[i]);
            if (story[i] >= 0) {
                sink.add(C_DOM, story[i]);
                sink.add(C_DOM_OWN, own * 100L + story[i] / 10);
            }
            sink.add(C_ARTWORDS_OWN, own * 10L + articleWords[i]);
            // The article probability of a wider window, 15 lines each side.
            int lo = Math.max(0, i - WIDE);
            int hi = Math.min(n - 1, i + WIDE);
            double wideBefore = i == lo ? -1 : (articlePrefix[i] - articlePrefix[lo]) / (i - lo);
            double wideAfter = i == hi ? -1 : (articlePrefix[hi + 1] - articlePrefix[i + 1]) / (hi - i);
            sink.add(C_WIDE, (wideBefore < 0 ? 9 : bin(wideBefore, 0.1, 0.3, 0.5, 0.7, 0.9)) * 10L
                    + (wideAfter < 0 ? 9 : bin(wideAfter, 0.1, 0.3, 0.5, 0.7, 0.9)));
            sink.add(C_BETWEEN, own * 1000L + between[i]);
            out[i] = sink.toArray();
        }
        return out;
    }

    /** Label and a confidence band in one value. */
    private static int decision(double[] p) {
        int a = argmax(p);
        double v = p[a];
        return a * 4 + (v < 0.6 ? 0 : v < 0.85 ? 1 : v < 0.97 ? 2 : 3);
    }

    /**
     * The most probable class of a row of class probabilities; a tie goes to the class declared
     * first. The one argmax of the project: stage two's inputs and every final label use it.
     */
    public static int argmax(double[] p) {
        return argmax(p, -1);
    }

    /** The same leaving out one class ({@code -1} for none). */
    public static int argmax(double[] p, int excluded) {
        int best = -1;
        for (int c = 0; c < p.length; c++) {
            if (c != excluded && (best < 0 || p[c] > p[best])) {
                best = c;
            }
        }
        return best;
    }
}
