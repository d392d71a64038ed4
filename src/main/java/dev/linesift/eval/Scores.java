package dev.linesift.eval;

import dev.linesift.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A confusion matrix over the four labels and the scores derived from it, plus how often
 * predictions were right per confidence band (a confidence is only useful if higher means
 * right more often). Mutable while counting ({@link #add}); not thread-safe.
 */
public final class Scores {
    private static final int K = Label.values().length;
    /** Lower bounds of the confidence bands; the last band ends at 1. */
    private static final double[] BANDS = {0.0, 0.5, 0.7, 0.9, 0.97};
    private final long[][] confusion = new long[K][K];
    private final long[] bandLines = new long[BANDS.length];
    private final long[] bandRight = new long[BANDS.length];

    /**
     * Counts one line: its gold label and the predicted one, without a confidence (so it adds
     * to no {@linkplain #bands() band}).
     *
     * @param gold      the line's true label
     * @param predicted the label the detector gave it
     */
    public void add(Label gold, Label predicted) {
        confusion[gold.ordinal()][predicted.ordinal()]++;
    }

    /**
     * Counts one line with the confidence of its prediction.
     *
     * @param gold       the line's true label
     * @param predicted  the label the detector gave it
     * @param confidence the detector's probability for {@code predicted}, 0–1; values below 0
     *                   count in the lowest band, above 1 in the highest
     */
    public void add(Label gold, Label predicted, double confidence) {
        add(gold, predicted);
        int b = band(confidence);
        bandLines[b]++;
        if (gold == predicted) {
            bandRight[b]++;
        }
    }

    private static int band(double confidence) {
        int b = 0;
        while (b + 1 < BANDS.length && confidence >= BANDS[b + 1]) {
            b++;
        }
        return b;
    }

    /**
     * Adds another set of counts to this one, as when summing pages or folds.
     *
     * @param other the counts to add; unchanged
     */
    public void addAll(Scores other) {
        for (int g = 0; g < K; g++) {
            for (int p = 0; p < K; p++) {
                confusion[g][p] += other.confusion[g][p];
            }
        }
        for (int b = 0; b < BANDS.length; b++) {
            bandLines[b] += other.bandLines[b];
            bandRight[b] += other.bandRight[b];
        }
    }

    /**
     * One confidence band: its bounds, how many lines fell in it and the share predicted right.
     *
     * @param from     the band's lower bound, inclusive
     * @param to       the band's upper bound, exclusive (the highest band's, 1, inclusive)
     * @param lines    lines counted with a confidence in the band
     * @param accuracy the share of those lines predicted right, 0–1; NaN when the band is empty
     */
    public record Band(double from, double to, long lines, double accuracy) {
    }

    /**
     * The confidence bands, lowest first: 0–0.5, 0.5–0.7, 0.7–0.9, 0.9–0.97 and 0.97–1. A
     * confidence is useful only if higher bands are right more often.
     *
     * @return a new list of the bands; empty when no line was counted with a confidence
     */
    public List<Band> bands() {
        List<Band> out = new ArrayList<>();
        long any = 0;
        for (long n : bandLines) {
            any += n;
        }
        if (any == 0) {
            return out;
        }
        for (int b = 0; b < BANDS.length; b++) {
            double to = b + 1 < BANDS.length ? BANDS[b + 1] : 1.0;
            out.add(new Band(BANDS[b], to, bandLines[b], bandLines[b] == 0 ? Double.NaN : (double) bandRight[b] / bandLines[b]));
        }
        return out;
    }

    /**
     * One cell of the confusion matrix.
     *
     * @param gold      the true label (the row)
     * @param predicted the predicted label (the column)
     * @return how many lines of label {@code gold} were predicted as {@code predicted}
     */
    public long count(Label gold, Label predicted) {
        return confusion[gold.ordinal()][predicted.ordinal()];
    }

    /** {@return how many lines were counted} */
    public long total() {
        long t = 0;
        for (long[] row : confusion) {
            for (long v : row) {
                t += v;
            }
        }
        return t;
    }

    /**
     * How many lines truly have a label.
     *
     * @param label the label
     * @return the number of lines whose gold label is {@code label}
     */
    public long support(Label label) {
        long s = 0;
        for (long v : confusion[label.ordinal()]) {
            s += v;
        }
        return s;
    }

    /**
     * The share of lines predicted as a label that truly have it.
     *
     * @param label the label
     * @return the precision, 0–1; when nothing was predicted as {@code label}, 1 if no line has
     *         it either and 0 otherwise
     */
    public double precision(Label label) {
        long tp = confusion[label.ordinal()][label.ordinal()];
        long predicted = 0;
        for (int g = 0; g < K; g++) {
            predicted += confusion[g][label.ordinal()];
        }
        return predicted == 0 ? (support(label) == 0 ? 1.0 : 0.0) : (double) tp / predicted;
    }

    /**
     * The share of lines with a label that were predicted as it.
     *
     * @param label the label
     * @return the recall, 0–1; 1 when no line has the label
     */
    public double recall(Label label) {
        long s = support(label);
        return s == 0 ? 1.0 : (double) confusion[label.ordinal()][label.ordinal()] / s;
    }

    /**
     * The harmonic mean of a label's {@linkplain #precision(Label) precision} and
     * {@linkplain #recall(Label) recall}.
     *
     * @param label the label
     * @return the F1 score, 0–1; 0 when precision and recall are both 0
     */
    public double f1(Label label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /**
     * Mean F1 over the labels that occur in the gold data or the predictions; a label absent
     * from both does not count.
     *
     * @return the macro-averaged F1, 0–1; 1 when nothing was counted
     */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (Label l : Label.values()) {
            long predicted = 0;
            for (int g = 0; g < K; g++) {
                predicted += confusion[g][l.ordinal()];
            }
            if (support(l) == 0 && predicted == 0) {
                continue;
            }
            sum += f1(l);
            n++;
        }
        return n == 0 ? 1.0 : sum / n;
    }

    /** {@return the share of lines predicted right, 0–1; 1 when nothing was counted} */
    public double accuracy() {
        long t = total();
        long right = 0;
        for (int k = 0; k < K; k++) {
            right += confusion[k][k];
        }
        return t == 0 ? 1.0 : (double) right / t;
    }

    /**
     * A markdown table of per-label scores, then the confusion matrix (rows gold, columns
     * predicted), the accuracy and, if any line had a confidence, the confidence bands.
     *
     * @return the tables, ending with a line break
     */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder();
        b.append("| label | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
        for (Label l : Label.values()) {
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", l.code(), precision(l), recall(l), f1(l), support(l)));
        }
        b.append(String.format(Locale.ROOT, "| **macro** | | | **%.3f** | %d |%n%n", macroF1(), total()));
        b.append("| gold \\ predicted |");
        for (Label l : Label.values()) {
            b.append(' ').append(l.code()).append(" |");
        }
        b.append("\n|---|");
        b.append("---|".repeat(K));
        b.append('\n');
        for (Label g : Label.values()) {
            b.append("| ").append(g.code()).append(" |");
            for (Label p : Label.values()) {
                b.append(' ').append(count(g, p)).append(" |");
            }
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, "%nAccuracy %.4f over %d lines.%n", accuracy(), total()));
        if (!bands().isEmpty()) {
            b.append("\n| confidence | lines | right |\n|---|---|---|\n");
            for (Band band : bands()) {
                b.append(String.format(Locale.ROOT, "| %.2f–%.2f | %d | %s |%n", band.from(), band.to(), band.lines(), percent(band)));
            }
        }
        return b.toString();
    }

    /** {@return the same as {@link #toMarkdown()} in plain aligned text, for a terminal} */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %9s%n", "label", "precision", "recall", "F1", "support"));
        for (Label l : Label.values()) {
            b.append(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %9d%n", l.code(), precision(l), recall(l), f1(l), support(l)));
        }
        b.append(String.format(Locale.ROOT, "%-10s %9s %9s %9.3f %9d%n%n", "macro", "", "", macroF1(), total()));
        b.append(String.format(Locale.ROOT, "%-18s", "gold \\ predicted"));
        for (Label l : Label.values()) {
            b.append(String.format(Locale.ROOT, " %9s", l.code()));
        }
        b.append('\n');
        for (Label g : Label.values()) {
            b.append(String.format(Locale.ROOT, "%-18s", g.code()));
            for (Label p : Label.values()) {
                b.append(String.format(Locale.ROOT, " %9d", count(g, p)));
            }
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, "%naccuracy %.4f over %d lines%n", accuracy(), total()));
        if (!bands().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%n%-12s %9s %9s%n", "confidence", "lines", "right"));
            for (Band band : bands()) {
                b.append(String.format(Locale.ROOT, "%.2f-%.2f    %9d %9s%n", band.from(), band.to(), band.lines(), percent(band)));
            }
        }
        return b.toString();
    }

    private static String percent(Band band) {
        return band.lines() == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * band.accuracy());
    }
}
