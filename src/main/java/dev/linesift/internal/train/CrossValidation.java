package dev.linesift.internal.train;

import dev.linesift.Label;
import dev.linesift.eval.Scores;
import dev.linesift.internal.features.PageFeatures;
import dev.linesift.internal.model.LineModel;
import java.util.ArrayList;
import java.util.HashSet;
import dev.linesift.internal.pipeline.Pipeline;
import dev.linesift.internal.pipeline.Prediction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
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
        return run(trainer, pages, features, groupOf, 0, groupedBy, progress);
    }

    /**
     * Grouped cross-validation. With {@code folds == 0} every group is its own fold; otherwise
     * the groups are dealt into that many folds (sorted, then round-robin), which is cheaper
     * and still never splits a group.
     */
    public static Result run(Trainer trainer, List<PreparedPage> pages, List<PageFeatures> features,
                             Function<PreparedPage, String> groupOf, int folds, String groupedBy,
                             Consumer<String> progress) {
        Map<String, List<Integer>> byGroup = new TreeMap<>();
        for (int p = 0; p < pages.size(); p++) {
            byGroup.computeIfAbsent(groupOf.apply(pages.get(p)), g -> new ArrayList<>()).add(p);
        }
        Map<String, List<Integer>> groups = byGroup;
        if (folds > 0 && folds < byGroup.size()) {
            groups = new TreeMap<>();
            int i = 0;
            for (Map.Entry<String, List<Integer>> e : byGroup.entrySet()) {
                String fold = "fold " + (i++ % folds + 1);
                groups.computeIfAbsent(fold, g -> new ArrayList<>()).addAll(e.getValue());
            }
        }
        // Folds train independently; two at a time keep both cores busy (Smile fits on one).
        List<Map.Entry<String, List<Integer>>> foldList = new ArrayList<>(groups.entrySet());
        int total0 = foldList.size();
        AtomicInteger done = new AtomicInteger();
        List<Map<String, Scores>> results = Parallel.map(foldList, e -> {
            List<PreparedPage> trainP = new ArrayList<>();
            List<PageFeatures> trainF = new ArrayList<>();
            Set<Integer> held = new HashSet<>(e.getValue());
            for (int p = 0; p < pages.size(); p++) {
                if (!held.contains(p)) {
                    trainP.add(pages.get(p));
                    trainF.add(features.get(p));
                }
            }
            LineModel model = trainer.train(trainP, trainF, "cross-validation");
            Map<String, Scores> byOriginal = new TreeMap<>();
            for (int p : e.getValue()) {
                score(trainer.pipeline().withModel(model), features.get(p), pages.get(p).gold(),
                        byOriginal.computeIfAbsent(groupOf.apply(pages.get(p)), g -> new Scores()));
            }
            progress.accept("[" + groupedBy + " " + done.incrementAndGet() + "/" + total0 + "] held out " + e.getKey()
                    + " (" + e.getValue().size() + " pages)");
            return byOriginal;
        });
        Scores total = new Scores();
        Map<String, Scores> perGroup = new TreeMap<>();
        for (Map<String, Scores> r : results) {
            for (Map.Entry<String, Scores> g : r.entrySet()) {
                perGroup.computeIfAbsent(g.getKey(), k -> new Scores()).addAll(g.getValue());
                total.addAll(g.getValue());
            }
        }
        return new Result(groupedBy, total, perGroup);
    }

    /** Adds a page's predictions against its gold labels to {@code scores}. */
    public static void score(Pipeline pipeline, PageFeatures features, int[] gold, Scores scores) {
        List<Prediction> predictions = pipeline.predict(features);
        Label[] labels = Label.values();
        for (int i = 0; i < gold.length; i++) {
            Label best = predictions.get(i).best();
            scores.add(labels[gold[i]], best, predictions.get(i).probability(best));
        }
    }
}
