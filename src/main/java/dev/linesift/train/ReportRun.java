package dev.linesift.train;

import dev.linesift.Label;
import dev.linesift.LineSift;
import dev.linesift.eval.Evaluator;
import dev.linesift.eval.GoldPage;
import dev.linesift.eval.LabeledPageFormat;
import dev.linesift.eval.Scores;
import dev.linesift.features.FeatureGroup;
import dev.linesift.features.PageFeatures;
import dev.linesift.model.LineModel;
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
    /** What to include. */
    public record Settings(boolean byFamily, boolean byInterfaceLanguage, boolean ablation, Optional<Path> examples, int folds) {
    }

    private ReportRun() {
    }

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
        if (settings.byFamily()) {
            family = CrossValidation.run(trainer, pages, features, p -> p.meta().family(), settings.folds(), "site family", progress);
            section(md, settings.folds() > 0 ? "(a) Site families held out, " + settings.folds() + " grouped folds"
                    : "(a) Leave one site family out", family);
        }
        if (settings.byInterfaceLanguage()) {
            CrossValidation.Result ui = CrossValidation.run(trainer, pages, features,
                    p -> p.meta().interfaceLanguage(), settings.folds(), "interface language", progress);
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
            ablationSection(md, options, pages, family, settings.folds(), progress);
        }
        md.append(String.format(Locale.ROOT, "Report made in %.0f s.%n", (System.nanoTime() - start) / 1e9));
        return md.toString();
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

    private static void section(StringBuilder md, String title, CrossValidation.Result r) {
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
        try (LineSift sift = LineSift.builder().model(model).languages(options.languages())
                .highAccuracyLanguageDetection(!options.lowAccuracy()).build()) {
            Evaluator evaluator = new Evaluator(sift);
            Scores total = new Scores();
            md.append("| page | lines | correct | macro-F1 |\n|---|---|---|---|\n");
            for (Path f : Evaluator.labeledFiles(dir)) {
                GoldPage gold = LabeledPageFormat.read(f);
                Evaluator.PageResult r = evaluator.evaluate(gold);
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

    private static void ablationSection(StringBuilder md, TrainingOptions options, List<PreparedPage> pages,
                                        CrossValidation.Result full, int folds, Consumer<String> progress) {
        md.append("## Ablation: what each feature group adds\n\n");
        md.append("Macro-F1 with site families held out (as in (a)), with one feature group switched off, and with the context stage off. ");
        md.append("The drop against the full model is what the group adds.\n\n");
        md.append("| configuration | macro-F1 | article F1 | drop in macro-F1 |\n|---|---|---|---|\n");
        double fullF1 = full == null ? Double.NaN : full.total().macroF1();
        if (full != null) {
            md.append(String.format(Locale.ROOT, "| all features, context stage | %.4f | %.4f | – |%n", fullF1, full.total().f1(Label.ARTICLE)));
        }
        Function<PreparedPage, String> family = p -> p.meta().family();
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
