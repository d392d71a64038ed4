package dev.linesift.internal.features;

import dev.linesift.train.FeatureSettings;

/**
 * Second-stage features: a line's own features plus what the first stage predicted for the
 * lines around it, for other occurrences of its text and for the page as a whole. This is how
 * a line learns that it sits after the end of the article, or inside a run of story cards.
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

        int[] articleWords = articleCohesion(page, probs);
        int[] block = mainBlock(page, probs);
        int[] parentArticle = containerArticle(page, probs, false);
        int[] grandArticle = containerArticle(page, probs, true);
        int[] story = storyContainer(page, probs);
        int[] between = between(page, probs);
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
                sink.add(C_WIN_BEFORE, c * 10L + FeatureExtractor.bin(before, 0.5, 1.5, 3, 4.5));
                sink.add(C_WIN_AFTER, c * 10L + FeatureExtractor.bin(after, 0.5, 1.5, 3, 4.5));
                double shareBefore = i == 0 ? -1 : (double) prefix[c][i] / i;
                double shareAfter = i == n - 1 ? -1 : (double) (prefix[c][n] - prefix[c][i + 1]) / (n - 1 - i);
                sink.add(C_SHARE_BEFORE, c * 10L + (shareBefore < 0 ? 9 : FeatureExtractor.bin(shareBefore, 0.01, 0.2, 0.5, 0.8)));
                sink.add(C_SHARE_AFTER, c * 10L + (shareAfter < 0 ? 9 : FeatureExtractor.bin(shareAfter, 0.01, 0.2, 0.5, 0.8)));
            }
            sink.add(C_MAXART, FeatureExtractor.bin(maxArticleBefore[i], 0.3, 0.6, 0.9) * 10L
                    + FeatureExtractor.bin(maxArticleAfter[i + 1], 0.3, 0.6, 0.9));
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
            sink.add(C_WIDE, (wideBefore < 0 ? 9 : FeatureExtractor.bin(wideBefore, 0.1, 0.3, 0.5, 0.7, 0.9)) * 10L
                    + (wideAfter < 0 ? 9 : FeatureExtractor.bin(wideAfter, 0.1, 0.3, 0.5, 0.7, 0.9)));
            sink.add(C_BETWEEN, own * 1000L + between[i]);
            out[i] = sink.toArray();
        }
        return out;
    }

    /**
     * For each line, a bin of how many other lines the first stage thinks are article share one
     * of its rarer words (five letters or more, in at most a quarter of the lines). The lines of
     * a story share its names and terms; a summary of another story shares them with nothing
     * but its own card.
     */
    private static int[] articleCohesion(PageFeatures page, double[][] probs) {
        int n = page.size();
        java.util.Map<String, java.util.List<Integer>> linesOf = page.words.linesOf;
        java.util.List<java.util.List<String>> words = page.words.perLine;
        int common = Math.max(3, n / 4);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            if (words.get(i).isEmpty()) {
                out[i] = 9;
                continue;
            }
            int best = 0;
            for (String w : words.get(i)) {
                java.util.List<Integer> occ = linesOf.get(w);
                if (occ.size() > common) {
                    continue;
                }
                int count = 0;
                for (int j : occ) {
                    if (j != i && probs[j][0] >= 0.5 && page.normGroup[j] != page.normGroup[i]) {
                        count++;
                    }
                }
                best = Math.max(best, count);
            }
            out[i] = best == 0 ? 0 : best == 1 ? 1 : best == 2 ? 2 : best <= 4 ? 3 : 4;
        }
        return out;
    }

    /** Lines of other labels that may sit inside one story block (bylines, captions, ads). */
    private static final int MAX_GAP = 4;

    /**
     * Finds the blocks of the page the first stage thinks are article-like (runs of lines with
     * some article probability, small gaps allowed) and weighs each by its article probability
     * times its length. For each line: which block it is in by weight (first, second, other,
     * none) and how its block compares with the heaviest. A page has one main story; a brief
     * among story cards is still the heaviest article block.
     */
    private static int[] mainBlock(PageFeatures page, double[][] probs) {
        int n = page.size();
        int[] blockOf = new int[n];
        java.util.List<Double> mass = new java.util.ArrayList<>();
        int current = -1;
        int gap = 0;
        for (int i = 0; i < n; i++) {
            double a = probs[i][0];
            if (a >= 0.2) {
                if (current < 0 || gap > MAX_GAP) {
                    mass.add(0.0);
                    current = mass.size() - 1;
                }
                // Lines in a gap belong to the block they sit in.
                for (int j = i - gap; j < i; j++) {
                    blockOf[j] = current;
                }
                gap = 0;
                blockOf[i] = current;
                mass.set(current, mass.get(current) + a * Math.min(page.profiles[i].chars, 600));
            } else {
                blockOf[i] = -1;
                if (current >= 0) {
                    gap++;
                }
            }
        }
        double best = 0;
        double second = 0;
        int bestBlock = -1;
        int secondBlock = -1;
        for (int b = 0; b < mass.size(); b++) {
            if (mass.get(b) > best) {
                second = best;
                secondBlock = bestBlock;
                best = mass.get(b);
                bestBlock = b;
            } else if (mass.get(b) > second) {
                second = mass.get(b);
                secondBlock = b;
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int b = blockOf[i];
            if (b < 0) {
                // Outside every block: say where it lies relative to the main one.
                out[i] = bestBlock < 0 ? 90 : 91;
                continue;
            }
            int rank = b == bestBlock ? 0 : b == secondBlock ? 1 : 2;
            double ratio = best == 0 ? 0 : mass.get(b) / best;
            out[i] = rank * 10 + FeatureExtractor.bin(ratio, 0.1, 0.3, 0.6, 0.999);
        }
        return out;
    }

    /**
     * For lines read from markup: a bin of the mean first-stage article probability of the other
     * lines in the same container (parent or grandparent block), and whether there are any. A
     * story's paragraphs sit side by side in one container; a stray one among them is still
     * article. -1 for lines without markup.
     */
    private static int[] containerArticle(PageFeatures page, double[][] probs, boolean grand) {
        int n = page.size();
        int[] out = new int[n];
        java.util.Map<Integer, double[]> sums = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            dev.linesift.internal.lines.MarkupCues c = page.input.cues().get(i);
            int id = grand ? c.grandparent() : c.parent();
            if (c.present() && id != 0) {
                double[] s = sums.computeIfAbsent(id, k -> new double[2]);
                s[0] += probs[i][0];
                s[1] += 1;
            }
        }
        for (int i = 0; i < n; i++) {
            dev.linesift.internal.lines.MarkupCues c = page.input.cues().get(i);
            int id = grand ? c.grandparent() : c.parent();
            if (!c.present()) {
                out[i] = -1;
                continue;
            }
            double[] s = id == 0 ? null : sums.get(id);
            if (s == null || s[1] <= 1) {
                out[i] = 9;
                continue;
            }
            double mean = (s[0] - probs[i][0]) / (s[1] - 1);
            out[i] = FeatureExtractor.bin(mean, 0.1, 0.3, 0.5, 0.7, 0.9) * 10 + (s[1] <= 2 ? 0 : s[1] <= 4 ? 1 : 2);
        }
        return out;
    }

    /**
     * For lines read from markup: how far out from the line the container that holds most of the
     * page's first-stage article text lies (1 its parent, 2 its grandparent, ... 9 none holds
     * half), times ten, plus a bin of the share its parent holds. A story's paragraphs sit in
     * that container; comments and other stories' cards only meet it several levels out, even
     * when they read like the story. -1 for lines without markup.
     */
    static int[] storyContainer(PageFeatures page, double[][] probs) {
        int n = page.size();
        double[] articleText = new double[n];
        for (int i = 0; i < n; i++) {
            articleText[i] = probs[i][0] * Math.min(page.profiles[i].chars, 600);
        }
        ContainerShares shares = ContainerShares.of(page.input.cues(), articleText);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = !page.input.cues().get(i).present() ? -1
                    : shares.depth()[i] * 10 + FeatureExtractor.bin(shares.parentShare()[i], 0.05, 0.2, 0.5, 0.8);
        }
        return out;
    }

    /** Lines each side of the wider window. */
    private static final int WIDE = 15;

    /**
     * For each line: how far the nearest lines before and after it lie that the first stage
     * calls article (distance bins, 5 for none), and for lines read from markup whether those
     * two share the line's container one or two levels out (+100 before, +200 after). A line
     * inside a story, between story lines in the story's container, is story too, whatever it
     * looks like alone; an inline card between paragraphs sits in a container of its own.
     */
    private static int[] between(PageFeatures page, double[][] probs) {
        int n = page.size();
        int[] out = new int[n];
        int prev = -1;
        int[] before = new int[n];
        for (int i = 0; i < n; i++) {
            before[i] = prev;
            if (probs[i][0] >= 0.5) {
                prev = i;
            }
        }
        int next = -1;
        for (int i = n - 1; i >= 0; i--) {
            int b = before[i];
            int code = distance(b < 0 ? -1 : i - b) * 10 + distance(next < 0 ? -1 : next - i);
            dev.linesift.internal.lines.MarkupCues c = page.input.cues().get(i);
            if (c.present() && !c.containers().isEmpty()) {
                java.util.List<Integer> mine = c.containers().subList(0, Math.min(2, c.containers().size()));
                if (b >= 0 && shares(mine, page.input.cues().get(b).containers())) {
                    code += 100;
                }
                if (next >= 0 && shares(mine, page.input.cues().get(next).containers())) {
                    code += 200;
                }
            }
            out[i] = code;
            if (probs[i][0] >= 0.5) {
                next = i;
            }
        }
        return out;
    }

    private static boolean shares(java.util.List<Integer> mine, java.util.List<Integer> theirs) {
        for (int id : mine) {
            if (theirs.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static int distance(int lines) {
        return lines < 0 ? 5 : lines <= 1 ? 0 : lines <= 2 ? 1 : lines <= 4 ? 2 : lines <= 8 ? 3 : 4;
    }

    /** Label and a confidence band in one value. */
    private static int decision(double[] p) {
        int a = argmax(p);
        double v = p[a];
        return a * 4 + (v < 0.6 ? 0 : v < 0.85 ? 1 : v < 0.97 ? 2 : 3);
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

}
