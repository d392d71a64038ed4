package dev.linesift.internal.features;

import static dev.linesift.internal.features.Bins.bin;

import dev.linesift.internal.lines.MarkupCues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the first stage's article text lies on a page, as per-line codes for the context stage:
 * which article-like block a line is in, how its container and the story's container relate,
 * which article lines share its words, and how far the nearest article lines are.
 *
 * @param articleWords {@link #articleCohesion}
 * @param block        {@link #mainBlock}
 * @param parent       {@link #containerArticle} of the parent
 * @param grandparent  {@link #containerArticle} of the grandparent
 * @param story        {@link #storyContainer}
 * @param between      {@link #between}
 */
record ArticleLayout(int[] articleWords, int[] block, int[] parent, int[] grandparent, int[] story, int[] between) {

    /** @param probs stage-one class probabilities, {@code probs[i][label]} */
    static ArticleLayout of(PageFeatures page, double[][] probs) {
        return new ArticleLayout(articleCohesion(page, probs), mainBlock(page, probs), containerArticle(page, probs, false),
                containerArticle(page, probs, true), storyContainer(page, probs), between(page, probs));
    }

    /**
     * For each line, a bin of how many other lines the first stage thinks are article share one
     * of its rarer words (five letters or more, in at most a quarter of the lines). The lines of
     * a story share its names and terms; a summary of another story shares them with nothing
     * but its own card.
     */
    private static int[] articleCohesion(PageFeatures page, double[][] probs) {
        int n = page.size();
        Map<String, List<Integer>> linesOf = page.words.linesOf;
        List<List<String>> words = page.words.perLine;
        int common = Math.max(3, n / 4);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            if (words.get(i).isEmpty()) {
                out[i] = 9;
                continue;
            }
            int best = 0;
            for (String w : words.get(i)) {
                List<Integer> occ = linesOf.get(w);
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
        List<Double> mass = new ArrayList<>();
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
            out[i] = rank * 10 + bin(ratio, 0.1, 0.3, 0.6, 0.999);
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
        List<MarkupCues> cues = page.input.cues();
        double[] article = new double[n];
        double[] one = new double[n];
        for (int i = 0; i < n; i++) {
            article[i] = probs[i][0];
            one[i] = 1;
        }
        ContainerSums sums = ContainerSums.oneLevel(cues, article, grand);
        ContainerSums counts = ContainerSums.oneLevel(cues, one, grand);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            MarkupCues c = cues.get(i);
            int id = ContainerSums.level(c, grand);
            if (!c.present()) {
                out[i] = -1;
                continue;
            }
            Double sum = id == 0 ? null : sums.byId().get(id);
            double count = counts.of(id);
            if (sum == null || count <= 1) {
                out[i] = 9;
                continue;
            }
            double mean = (sum - probs[i][0]) / (count - 1);
            out[i] = bin(mean, 0.1, 0.3, 0.5, 0.7, 0.9) * 10 + (count <= 2 ? 0 : count <= 4 ? 1 : 2);
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
                    : shares.depth()[i] * 10 + bin(shares.parentShare()[i], 0.05, 0.2, 0.5, 0.8);
        }
        return out;
    }

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
            MarkupCues c = page.input.cues().get(i);
            if (c.present() && !c.containers().isEmpty()) {
                List<Integer> mine = c.containers().subList(0, Math.min(2, c.containers().size()));
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

    private static boolean shares(List<Integer> mine, List<Integer> theirs) {
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
}
