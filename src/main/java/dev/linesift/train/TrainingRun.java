package dev.linesift.train;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.linesift.Label;
import dev.linesift.eval.Scores;
import dev.linesift.features.PageFeatures;
import dev.linesift.model.LineModel;
import dev.linesift.model.ModelIO;
import dev.linesift.model.ModelManifest;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One training run end to end: load the corpus, train, and write the model, its manifest and a
 * short training summary to the output directory (and copy the model where the build packages it).
 */
public final class TrainingRun {
    /** What a run produced. */
    public record Result(LineModel model, Path modelFile, Corpus corpus, long millis) {
    }

    private TrainingRun() {
    }

    public static Result run(Path dataDir, Path outDir, List<Path> installTo, TrainingOptions options,
                             Consumer<String> progress) throws IOException {
        return run(dataDir, outDir, installTo, options, java.util.Set.of(), progress);
    }

    /**
     * A run that leaves out the pages of some site families, so that they can be scored as
     * held-out data afterwards.
     */
    public static Result run(Path dataDir, Path outDir, List<Path> installTo, TrainingOptions options,
                             java.util.Set<String> excludedFamilies, Consumer<String> progress) throws IOException {
        long start = System.nanoTime();
        progress.accept("linesift train: reading " + dataDir);
        Corpus corpus = Corpus.load(dataDir).without(excludedFamilies);
        if (!excludedFamilies.isEmpty()) {
            progress.accept("  leaving out the site families " + new java.util.TreeSet<>(excludedFamilies));
        }
        progress.accept("  " + corpus.pages().size() + " pages, " + corpus.lineCount() + " labeled lines, data "
                + corpus.hash().substring(0, 19) + "...");
        Trainer trainer = new Trainer(options, progress);
        progress.accept("  detecting languages and extracting features");
        List<PreparedPage> pages = trainer.prepare(corpus.pages());
        List<PageFeatures> features = trainer.features(pages);
        LineModel model = trainer.train(pages, features, corpus.hash());
        Scores fit = new Scores();
        for (int p = 0; p < pages.size(); p++) {
            CrossValidation.score(model, features.get(p), pages.get(p).gold(), fit);
        }
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("trainingSetMacroF1", String.format(Locale.ROOT, "%.4f", fit.macroF1()));
        scores.put("trainingSetAccuracy", String.format(Locale.ROOT, "%.4f", fit.accuracy()));
        scores.put("crossValidation", "see report.md (linesift report)");
        model = withScores(model, scores);
        Files.createDirectories(outDir);
        Path modelFile = outDir.resolve(ModelIO.FILE_NAME);
        ModelIO.write(model, modelFile);
        writeManifestJson(model.manifest(), corpus, outDir.resolve("manifest.json"));
        for (Path dir : installTo) {
            Files.createDirectories(dir);
            Files.copy(modelFile, dir.resolve(ModelIO.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            progress.accept("  installed the model into " + dir);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        progress.accept(String.format(Locale.ROOT, "  wrote %s (%d KiB) in %.1f s; training-set macro-F1 %.4f",
                modelFile, Files.size(modelFile) / 1024, millis / 1000.0, fit.macroF1()));
        return new Result(model, modelFile, corpus, millis);
    }

    private static LineModel withScores(LineModel model, Map<String, String> scores) {
        return ModelIO.roundTrip(ModelIO.replaceManifest(model, model.manifest().withScores(scores)));
    }

    /** A human-readable copy of the manifest next to the model file, with corpus statistics. */
    static void writeManifestJson(ModelManifest m, Corpus corpus, Path file) throws IOException {
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
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            w.write('\n');
        }
    }
}
