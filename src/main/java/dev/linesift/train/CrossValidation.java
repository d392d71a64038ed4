package dev.linesift.train;

import dev.linesift.Label;
import dev.linesift.eval.Scores;
import dev.linesift.features.PageFeatures;
import dev.linesift.model.LineModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Grouped cross-validation: every group (a site family, an interface language) is held out in
 * turn, a model is trained on the rest, and the held-out pages are scored. Lines of one page
 * never fall on both sides, and neither do pages of one group.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /** Scores summed over all held-out groups, and per group. */
    public record Result(String groupedBy, Scores total, Map<String, Scores> perGroup) {
    }

    public static Result leaveOneGroupOut(Trainer trainer, List<PreparedPage> pages, List<PageFeatures> features,
                                          Function<PreparedPage, String> groupOf, String groupedBy,
                                          Consumer<String> progress) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int p = 0; p < pages.size(); p++) {
            groups.computeIfAbsent(groupOf.apply(pages.get(p)), g -> new ArrayList<>()).add(p);
        }
        Scores total = new Scores();
        Map<String, Scores> perGroup = new TreeMap<>();
        int done = 0;
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            List<PreparedPage> trainP = new ArrayList<>();
            List<PageFeatures> trainF = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (!e.getValue().contains(p)) {
                    trainP.add(pages.get(p));
                    trainF.add(features.get(p));
                }
            }
            progress.accept("[" + groupedBy + " " + (++done) + "/" + groups.size() + "] holding out " + e.getKey()
                    + " (" + e.getValue().size() + " pages)");
            LineModel model = trainer.train(trainP, trainF, "cross-validation");
            Scores s = new Scores();
            for (int p : e.getValue()) {
                score(model, features.get(p), pages.get(p).gold(), s);
            }
            perGroup.put(e.getKey(), s);
            total.addAll(s);
        }
        return new Result(groupedBy, total, perGroup);
    }

    /** Adds a page's predictions against its gold labels to {@code scores}. */
    public static void score(LineModel model, PageFeatures features, int[] gold, Scores scores) {
        double[][] probs = model.predict(features);
        Label[] labels = Label.values();
        for (int i = 0; i < gold.length; i++) {
            int best = 0;
            for (int c = 1; c < probs[i].length; c++) {
                if (probs[i][c] > probs[i][best]) {
                    best = c;
                }
            }
            scores.add(labels[gold[i]], labels[best]);
        }
    }
}
