package dev.linesift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.train.FeatureGroup;
import dev.linesift.train.FeatureSettings;
import dev.linesift.internal.model.ModelIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A training run on a small copy of the corpus writes the model, the manifest and the training report. */
class TrainingRunTest {
    private static final TrainingOptions SMALL = new TrainingOptions(
            new FeatureSettings(15, EnumSet.allOf(FeatureGroup.class), 400), TrainingOptions.DEFAULT.languages(),
            true, 1.0, 1.0, 40, 2, 7L, true, true);

    /** Copies three pages of each of the first six site families, with their manifest rows. */
    private static Path smallCorpus(Path dir) throws Exception {
        List<String> rows = Files.readAllLines(Path.of("training-data", "manifest.tsv"), StandardCharsets.UTF_8);
        Map<String, List<String>> byFamily = new LinkedHashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            byFamily.computeIfAbsent(row.split("\t")[1], k -> new ArrayList<>()).add(row);
        }
        List<String> kept = new ArrayList<>(List.of(rows.get(0)));
        byFamily.values().stream().limit(6).forEach(l -> kept.addAll(l.subList(0, 3)));
        for (String row : kept.subList(1, kept.size())) {
            String file = row.split("\t")[0];
            Path to = dir.resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(Path.of("training-data").resolve(file), to);
            Path html = Path.of("training-data").resolve(file.replaceAll("\\.tsv$", ".html"));
            if (Files.exists(html)) {
                Files.copy(html, dir.resolve(file.replaceAll("\\.tsv$", ".html")));
            }
        }
        Files.write(dir.resolve("manifest.tsv"), kept, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void writesModelManifestAndGroupedScores(@TempDir Path tmp) throws Exception {
        Path data = smallCorpus(tmp.resolve("data"));
        Path out = tmp.resolve("models");
        Path installed = tmp.resolve("classes");
        TrainingRun.Result r = TrainingRun.run(data, out, List.of(installed), SMALL, Set.of(), 3, s -> { });

        assertEquals(18, r.pages());
        assertEquals(18, r.model().info().trainingPages());
        assertTrue(Files.size(out.resolve(ModelIO.FILE_NAME)) > 0);
        assertEquals(-1, Files.mismatch(out.resolve(ModelIO.FILE_NAME), installed.resolve(ModelIO.FILE_NAME)));
        assertEquals(18, ModelIO.read(out.resolve(ModelIO.FILE_NAME)).manifest().trainingPages());

        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"siteFamilyCrossValidation\""), manifest);
        assertTrue(manifest.contains("\"folds\" : 3"), manifest);

        String report = Files.readString(out.resolve(TrainingRun.REPORT_FILE));
        assertTrue(report.contains("Cross-validation over 3 folds of whole site families"), report);
        for (var page : dev.linesift.internal.train.Corpus.load(data).pages()) {
            assertTrue(report.contains("| " + page.family() + " |"), "scores per held-out family: " + page.family());
        }
        assertTrue(report.contains("| confidence | lines | right |"), report);
    }

    @Test
    void leftOutFamiliesAreNotTrainedOn(@TempDir Path tmp) throws Exception {
        Path data = smallCorpus(tmp.resolve("data"));
        String family = Files.readAllLines(data.resolve("manifest.tsv")).get(1).split("\t")[1];
        TrainingRun.Result r = TrainingRun.run(data, tmp.resolve("models"), List.of(), SMALL, Set.of(family), 0, s -> { });
        assertEquals(15, r.pages());
        // The data hash is the hash of the pages trained on: the corpus without that family.
        assertEquals(dev.linesift.internal.train.Corpus.load(data).without(Set.of(family)).hash(), r.dataHash());
        assertNotEquals(dev.linesift.internal.train.Corpus.load(data).hash(), r.dataHash());
        assertFalse(Files.exists(tmp.resolve("models").resolve(TrainingRun.REPORT_FILE)));
    }
}
