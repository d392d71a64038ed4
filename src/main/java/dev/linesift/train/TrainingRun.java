package dev.linesift.train;

import dev.linesift.internal.train.Corpus;
import dev.linesift.internal.train.CorpusPage;
import dev.linesift.internal.train.CrossValidation;
import dev.linesift.internal.train.PreparedPage;
import dev.linesift.internal.train.Trainer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.linesift.Label;
import dev.linesift.eval.Scores;
import dev.linesift.internal.features.PageFeatures;
import dev.linesift.internal.model.LineModel;
import dev.linesift.internal.model.ModelIO;
import dev.linesift.internal.model.ModelManifest;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import dev.linesift.Model;
import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.pipeline.Pipeline;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One training run end to end: load the corpus, train, and write the model, its manifest and a
 * training report to the output directory (and copy the model where the build packages it). The
 * report scores models trained with the same options on site families dealt into a few grouped
 * folds, so every retrain states how it does on layouts it did not see; the full evaluation
 * (every family and interface language held out, ablation) is {@link ReportRun}.
 */
public final class TrainingRun {
    /**
     * What a run produced.
     *
     * @param model     the trained model, as written
     * @param modelFile where it was written
     * @param pages     training pages it learned from
     * @param lines     labeled lines it learned from
     * @param dataHash  SHA-256 of the training data, as the model's manifest records it
     * @param millis    how long the run took, in milliseconds
     */
    public record Result(Model model, Path modelFile, int pages, int lines, String dataHash, long millis) {
    }

    private TrainingRun() {
    }

    /** The report file a run writes next to the model. */
    public static final String REPORT_FILE = "training-report.md";

    /**
     * Trains on every page below {@code dataDir} and writes the model, its manifest
     * ({@code manifest.json}) and nothing else to {@code outDir}, then copies the model into each
     * of {@code installTo}.
     *
     * @param dataDir   the training data: a directory with a {@code manifest.tsv} naming its
     *                  labeled pages, or else labeled pages ({@code .tsv}) in folders named after
     *                  their site family
     * @param outDir    where {@code linesift.model} and {@code manifest.json} go, replacing earlier
     *                  ones; created if missing
     * @param installTo directories to copy the model into, created if missing; may be empty
     * @param options   how to train
     * @param progress  receives one-line progress messages
     * @return what the run produced
     * @throws IOException if the data cannot be read, holds no labeled pages or a malformed one,
     *                     or the output cannot be written
     */
    public static Result run(Path dataDir, Path outDir, List<Path> installTo, TrainingOptions options,
                             Consumer<String> progress) throws IOException {
        return run(dataDir, outDir, installTo, options, Set.of(), 0, progress);
    }

    /**
     * A run that may leave out the pages of some site families, so that they can be scored as
     * held-out data afterwards, and that with {@code validationFolds > 1} first scores the
     * options by cross-validation over that many folds of whole site families; the scores go to
     * {@value #REPORT_FILE} and {@code manifest.json} in {@code outDir}. The model itself is always
     * trained on all remaining pages.
     *
     * @param dataDir   the training data: a directory with a {@code manifest.tsv} naming its
     *                  labeled pages, or else labeled pages ({@code .tsv}) in folders named after
     *                  their site family
     * @param outDir           where {@code linesift.model}, {@code manifest.json} and, with
     *                         validation, {@value #REPORT_FILE} go, replacing earlier ones;
     *                         created if missing
     * @param installTo        directories to copy the model into, created if missing; may be empty
     * @param options          how to train
     * @param excludedFamilies site families whose pages are left out; may be empty
     * @param validationFolds  folds of cross-validation before training, or 0 (or 1) for none
     * @param progress         receives one-line progress messages; during cross-validation from
     *                         several threads at once, so it must be thread-safe
     * @return what the run produced
     * @throws IOException              if the data cannot be read, holds no labeled pages or a
     *                                  malformed one, or the output cannot be written
     * @throws IllegalArgumentException if {@code excludedFamilies} leaves no pages
     */
    public static Result run(Path dataDir, Path outDir, List<Path> installTo, TrainingOptions options,
                             Set<String> excludedFamilies, int validationFolds,
                             Consumer<String> progress) throws IOException {
        long start = System.nanoTime();
        progress.accept("linesift train: reading " + dataDir);
        Corpus corpus = Corpus.load(dataDir).without(excludedFamilies);
        if (!excludedFamilies.isEmpty()) {
            progress.accept("  leaving out the site families " + new TreeSet<>(excludedFamilies));
        }
        progress.accept("  " + corpus.pages().size() + " pages, " + corpus.lineCount() + " labeled lines, data "
                + corpus.hash().substring(0, 19) + "...");
        Trainer trainer = new Trainer(options, progress);
        progress.accept("  detecting languages and extracting features");
        List<PreparedPage> pages = trainer.prepare(corpus.pages());
        List<PageFeatures> features = trainer.features(pages);
        Optional<CrossValidation.Result> validation = Optional.empty();
        if (validationFolds > 1) {
            progress.accept("  cross-validation over " + validationFolds + " folds of whole site families");
            validation = Optional.of(CrossValidation.run(trainer, pages, features, p -> p.meta().family(),
                    validationFolds, "site-family fold", progress));
        }
        progress.accept("  training on all pages");
        LineModel model = trainer.train(pages, features, corpus.hash());
        Scores fit = new Scores();
        Pipeline fitted = trainer.pipeline().withModel(model);
        for (int p = 0; p < pages.size(); p++) {
            CrossValidation.score(fitted, features.get(p), pages.get(p).gold(), fit);
        }
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("trainingSetMacroF1", String.format(Locale.ROOT, "%.4f", fit.macroF1()));
        scores.put("trainingSetAccuracy", String.format(Locale.ROOT, "%.4f", fit.accuracy()));
        scores.put("crossValidation", "see report.md (linesift report)");
        model = withScores(model, scores);
        Files.createDirectories(outDir);
        Path modelFile = outDir.resolve(ModelIO.FILE_NAME);
        ModelIO.write(model, modelFile);
        writeManifestJson(model.manifest(), corpus, validation, validationFolds, outDir.resolve("manifest.json"));
        long trained = (System.nanoTime() - start) / 1_000_000;
        if (validation.isPresent()) {
            writeReport(outDir.resolve(REPORT_FILE), corpus, excludedFamilies, options, validation.get(), validationFolds, fit, trained);
        }
        for (Path dir : installTo) {
            Files.createDirectories(dir);
            Files.copy(modelFile, dir.resolve(ModelIO.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            progress.accept("  installed the model into " + dir);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        progress.accept(String.format(Locale.ROOT, "  wrote %s (%d KiB) in %.1f s; training-set macro-F1 %.4f",
                modelFile, Files.size(modelFile) / 1024, millis / 1000.0, fit.macroF1()));
        return new Result(ApiAccess.get().model(model), modelFile, corpus.pages().size(), corpus.lineCount(),
                corpus.hash(), millis);
    }

    private static LineModel withScores(LineModel model, Map<String, String> scores) {
        return ModelIO.roundTrip(ModelIO.replaceManifest(model, model.manifest().withScores(scores)));
    }

    private static void writeReport(Path file, Corpus corpus, Set<String> excluded, TrainingOptions options,
                                    CrossValidation.Result validation, int folds, Scores fit, long millis) throws IOException {
        StringBuilder md = new StringBuilder("# linesift training report\n\n");
        md.append(String.format(Locale.ROOT, "Training data: %d pages, %d labeled lines, %s%s. Options: lambda %s, "
                        + "context lambda %s, %d iterations, %d stacking folds, seed %d, %s. "
                        + "Trained in %.0f s including the cross-validation.%n%n",
                corpus.pages().size(), corpus.lineCount(), corpus.hash(),
                excluded.isEmpty() ? "" : ", leaving out " + new TreeSet<>(excluded), options.lambda(),
                options.contextLambda(), options.maxIterations(), options.stackingFolds(), options.seed(),
                options.wordBlindCopies() ? "word-blind copies of the HTML pages" : "no word-blind copies", millis / 1000.0));
        md.append(String.format(Locale.ROOT, "Training-set fit: macro-F1 %.4f, accuracy %.4f.%n%n", fit.macroF1(), fit.accuracy()));
        md.append("Rows of confusion matrices are gold labels, columns predictions. The full evaluation (each site family "
                + "and each interface language held out, the example pages, a feature ablation) is `linesift report`, "
                + "written to `models/report.md`.\n\n");
        ReportRun.section(md, "Cross-validation over " + folds + " folds of whole site families", validation);
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    /** A human-readable copy of the manifest next to the model file, with corpus statistics and held-out scores. */
    static void writeManifestJson(ModelManifest m, Corpus corpus, Optional<CrossValidation.Result> validation,
                                  int folds, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("libraryVersion", m.libraryVersion());
            g.writeNumberField("featureSchemaVersion", m.schemaVersion());
            g.writeArrayFieldStart("labels");
            for (String l : m.labels()) {
                g.writeString(l);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("languages");
            for (String l : m.languages()) {
                g.writeString(l);
            }
            g.writeEndArray();
            g.writeBooleanField("lowAccuracyLanguageMode", m.lowAccuracyLanguageMode());
            g.writeArrayFieldStart("featureGroups");
            for (var fg : m.featureSettings().groups().stream().sorted().toList()) {
                g.writeString(fg.name());
            }
            g.writeEndArray();
            g.writeStringField("trainingDataHash", m.trainingDataHash());
            g.writeNumberField("trainingPages", m.trainingPages());
            g.writeNumberField("trainingLines", m.trainingLines());
            g.writeObjectFieldStart("labelCounts");
            Map<String, Integer> counts = new TreeMap<>();
            for (CorpusPage p : corpus.pages()) {
                for (Label l : p.gold().contentLabels()) {
                    counts.merge(l.code(), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("parameters");
            for (Map.Entry<String, String> e : m.parameters().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("scores");
            for (Map.Entry<String, String> e : m.scores().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            if (validation.isPresent()) {
                Scores v = validation.get().total();
                g.writeObjectFieldStart("siteFamilyCrossValidation");
                g.writeNumberField("folds", folds);
                g.writeStringField("macroF1", String.format(Locale.ROOT, "%.4f", v.macroF1()));
                g.writeStringField("articleF1", String.format(Locale.ROOT, "%.4f", v.f1(Label.ARTICLE)));
                g.writeStringField("accuracy", String.format(Locale.ROOT, "%.4f", v.accuracy()));
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            w.write('\n');
        }
    }
}
