package dev.linesift.train;

import dev.linesift.internal.train.Corpus;
import dev.linesift.internal.train.CorpusPage;
import dev.linesift.internal.train.CrossValidation;
import dev.linesift.internal.train.PreparedPage;
import dev.linesift.internal.train.Trainer;

import dev.linesift.Label;
import dev.linesift.LineSift;
import dev.linesift.internal.ApiAccess;
import dev.linesift.eval.Evaluator;
import dev.linesift.internal.eval.GoldPage;
import dev.linesift.internal.eval.LabeledPageFormat;
import dev.linesift.eval.Scores;
import dev.linesift.train.FeatureGroup;
import dev.linesift.internal.features.PageFeatures;
import dev.linesift.internal.model.LineModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The evaluation report of a corpus and training options: grouped cross-validation by site
 * family and by interface language, the example pages when they are present, and an ablation
 * of the feature groups. Produces markdown.
 */
public final class ReportRun {
    /**
     * What to include.
     *
     * @param byFamily            cross-validate with whole site families held out
     * @param byInterfaceLanguage cross-validate with whole interface languages held out
     * @param ablation            retrain without each feature group, and without the context stage
     * @param examples            a directory of labeled example pages to score a model trained on
     *                            everything against, read as plain text; skipped with a note when
     *                            absent or not a directory
     * @param folds               folds the site families (and the interface languages) are dealt
     *                            into, or 0 to hold out one group at a time (slower)
     * @param ablationFolds       folds of site families for each ablation row, or 0 for one family
     *                            at a time
     */
    public record Settings(boolean byFamily, boolean byInterfaceLanguage, boolean ablation, Optional<Path> examples, int folds,
                           int ablationFolds) {
    }

    private ReportRun() {
    }

    /**
     * Builds the report. This trains many models and can take a long while; nothing is written
     * to disk.
     *
     * @param dataDir  the training data, laid out as for {@link TrainingRun#run(Path, Path, List, TrainingOptions, Consumer)}
     * @param options  how every model in the report is trained
     * @param settings which sections to include
     * @param command  the command line that reproduces the report, quoted in it
     * @param progress receives one-line progress messages, from several threads at once while
     *                 cross-validating, so it must be thread-safe
     * @return the report, in markdown
     * @throws IOException              if the data or the example pages cannot be read, or the
     *                                  data holds no labeled pages or a malformed one
     * @throws IllegalArgumentException if an example page is malformed
     */
    public static String run(Path dataDir, TrainingOptions options, Settings settings, String command,
                             Consumer<String> progress) throws IOException {
        long start = System.nanoTime();
        Corpus corpus = Corpus.load(dataDir);
        Trainer trainer = new Trainer(options, progress);
        progress.accept("report: preparing " + corpus.pages().size() + " pages");
        List<PreparedPage> pages = trainer.prepare(corpus.pages());
        List<PageFeatures> features = trainer.features(pages);
        StringBuilder md = new StringBuilder();
        md.append("# linesift evaluation report\n\n");
        md.append("Reproduce with `").append(command).append("`.\n\n");
        md.append("Every score below is on pages the model did not train on, held out by whole groups. ");
        md.append("Rows of confusion matrices are gold labels, columns predictions.\n\n");
        corpusSection(md, corpus);
        md.append("## Training options\n\n");
        options.asParameters().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("- languages: ").append(options.languages().stream().map(l -> l.code()).sorted().toList()).append('\n');
        md.append("- low-accuracy language mode: ").append(options.lowAccuracy()).append("\n\n");

        CrossValidation.Result family = null;
        CrossValidation.Result ui = null;
        if (settings.byFamily()) {
            family = CrossValidation.run(trainer, pages, features, p -> p.meta().family(), settings.folds(), "site family", progress);
        }
        if (settings.byInterfaceLanguage()) {
            ui = CrossValidation.run(trainer, pages, features,
                    p -> p.meta().interfaceLanguage(), settings.folds(), "interface language", progress);
        }
        targets(md, family, ui);
        if (family != null) {
            section(md, settings.folds() > 0 ? "(a) Site families held out, " + settings.folds() + " grouped folds"
                    : "(a) Leave one site family out", family);
        }
        if (ui != null) {
            section(md, "(b) Leave one interface language out", ui);
        }
        if (settings.examples().isPresent() && Files.isDirectory(settings.examples().get())) {
            progress.accept("report: training on everything for the example pages");
            LineModel model = trainer.train(pages, features, corpus.hash());
            examplesSection(md, model, options, settings.examples().get());
        } else {
            md.append("## (c) Example pages\n\nNot scored: the examples folder was not present.\n\n");
        }
        if (settings.ablation()) {
            ablationSection(md, trainer, options, pages, features, settings.ablationFolds(), progress);
        }
        md.append(String.format(Locale.ROOT, "Report made in %.0f s.%n", (System.nanoTime() - start) / 1e9));
        return md.toString();
    }

    private static void targets(StringBuilder md, CrossValidation.Result family, CrossValidation.Result ui) {
        md.append("## Targets\n\n| measure | target | measured | |\n|---|---|---|---|\n");
        if (family != null) {
            target(md, "macro-F1, site families held out", 0.93, family.total().macroF1());
            target(md, "article F1, site families held out", 0.97, family.total().f1(Label.ARTICLE));
        }
        if (ui != null) {
            target(md, "macro-F1, interface languages held out", 0.90, ui.total().macroF1());
            target(md, "article F1, interface languages held out", 0.97, ui.total().f1(Label.ARTICLE));
        }
        md.append('\n');
    }

    private static void target(StringBuilder md, String what, double target, double value) {
        md.append(String.format(Locale.ROOT, "| %s | ≥ %.2f | %.4f | %s |%n", what, target, value, value >= target ? "met" : "missed"));
    }

    private static void corpusSection(StringBuilder md, Corpus corpus) {
        Map<Label, Integer> labels = new TreeMap<>();
        Map<String, Integer> families = new TreeMap<>();
        Map<String, Integer> articleLangs = new TreeMap<>();
        Map<String, Integer> uiLangs = new TreeMap<>();
        int mixed = 0;
        for (CorpusPage p : corpus.pages()) {
            for (Label l : p.gold().contentLabels()) {
                labels.merge(l, 1, Integer::sum);
            }
            families.merge(p.family(), 1, Integer::sum);
            articleLangs.merge(p.articleLanguage(), 1, Integer::sum);
            uiLangs.merge(p.interfaceLanguage(), 1, Integer::sum);
            if (!p.articleLanguage().equals("-") && !p.articleLanguage().equals(p.interfaceLanguage())) {
                mixed++;
            }
        }
        int lines = corpus.lineCount();
        md.append("## Corpus\n\n");
        md.append(String.format(Locale.ROOT, "%d pages, %d labeled lines, data hash `%s`.%n%n",
                corpus.pages().size(), lines, corpus.hash()));
        md.append("| label | lines | share |\n|---|---|---|\n");
        for (Map.Entry<Label, Integer> e : labels.entrySet()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f %% |%n", e.getKey().code(), e.getValue(), 100.0 * e.getValue() / lines));
        }
        md.append(String.format(Locale.ROOT, "%nPages mixing languages (article language differs from interface language): %d (%.1f %%).%n%n",
                mixed, 100.0 * mixed / corpus.pages().size()));
        md.append("Site families (pages): ").append(families).append("\n\n");
        md.append("Article languages (pages): ").append(articleLangs).append("\n\n");
        md.append("Interface languages (pages): ").append(uiLangs).append("\n\n");
    }

    static void section(StringBuilder md, String title, CrossValidation.Result r) {
        md.append("## ").append(title).append("\n\n");
        md.append(String.format(Locale.ROOT, "Macro-F1 **%.4f**, article F1 **%.4f**, accuracy %.4f.%n%n",
                r.total().macroF1(), r.total().f1(Label.ARTICLE), r.total().accuracy()));
        md.append(r.total().toMarkdown()).append('\n');
        md.append("Per held-out ").append(r.groupedBy()).append(":\n\n");
        md.append("| held out | lines | macro-F1 | article F1 | paywall F1 | teaser F1 | metadata F1 | accuracy |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Scores> e : r.perGroup().entrySet()) {
            Scores s = e.getValue();
            md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", e.getKey(), s.total(),
                    s.macroF1(), s.f1(Label.ARTICLE), s.f1(Label.PAYWALL), s.f1(Label.TEASER), s.f1(Label.METADATA), s.accuracy()));
        }
        md.append('\n');
    }

    private static void examplesSection(StringBuilder md, LineModel model, TrainingOptions options, Path dir) throws IOException {
        md.append("## (c) Example pages (`../shared/examples`, never trained on)\n\n");
        md.append("Model trained on the whole corpus; each example's text labeled as plain text.\n\n");
        try (LineSift sift = LineSift.builder().model(ApiAccess.get().model(model)).languages(options.languages())
                .highAccuracyLanguageDetection(!options.lowAccuracy()).build()) {
            Evaluator evaluator = new Evaluator(sift);
            Scores total = new Scores();
            md.append("| page | lines | correct | macro-F1 |\n|---|---|---|---|\n");
            for (Path f : Evaluator.labeledFiles(dir)) {
                // The example's labels read as plain text, as a scraper hands such a page over.
                Evaluator.PageResult r = evaluator.evaluate(List.of(f), true).pages().get(0);
                total.addAll(r.scores());
                long correct = 0;
                for (Label l : Label.values()) {
                    correct += r.scores().count(l, l);
                }
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f |%n", f.getFileName(), r.scores().total(), correct, r.scores().macroF1()));
            }
            md.append('\n').append(total.toMarkdown()).append('\n');
        }
    }

    private static void ablationSection(StringBuilder md, Trainer trainer, TrainingOptions options, List<PreparedPage> pages,
                                        List<PageFeatures> features, int folds, Consumer<String> progress) {
        md.append("## Ablation: what each feature group adds\n\n");
        md.append(String.format(Locale.ROOT, "Site families dealt into %d grouped folds (cheaper than one family at a time, "
                + "and the same folds for every row); each row switches one feature group off, or the context stage. "
                + "The drop against the full model is what the part adds.%n%n", folds));
        md.append("| configuration | macro-F1 | article F1 | change in macro-F1 |\n|---|---|---|---|\n");
        Function<PreparedPage, String> family = p -> p.meta().family();
        progress.accept("ablation: the full model");
        CrossValidation.Result full = CrossValidation.run(trainer, pages, features, family, folds, "site family", s -> { });
        double fullF1 = full.total().macroF1();
        md.append(String.format(Locale.ROOT, "| all features, context stage | %.4f | %.4f | – |%n", fullF1, full.total().f1(Label.ARTICLE)));
        List<String> names = new ArrayList<>();
        List<TrainingOptions> variants = new ArrayList<>();
        for (FeatureGroup g : FeatureGroup.values()) {
            names.add("without " + g.name().toLowerCase(Locale.ROOT));
            variants.add(options.withFeatures(options.features().without(g)));
        }
        names.add("without the context stage");
        variants.add(options.withStackingFolds(0));
        for (int v = 0; v < variants.size(); v++) {
            progress.accept("ablation: " + names.get(v));
            Trainer t = new Trainer(variants.get(v), progress);
            List<PageFeatures> f = t.features(pages);
            CrossValidation.Result r = CrossValidation.run(t, pages, f, family, folds, "site family", s -> { });
            md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %+.4f |%n", names.get(v), r.total().macroF1(),
                    r.total().f1(Label.ARTICLE), r.total().macroF1() - fullF1));
        }
        md.append('\n');
    }
}
