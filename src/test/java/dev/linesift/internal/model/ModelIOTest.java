package dev.linesift.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linesift.Label;
import dev.linesift.LineSiftException;
import dev.linesift.internal.features.ContentLines;
import dev.linesift.internal.features.FeatureExtractor;
import dev.linesift.train.FeatureSettings;
import dev.linesift.internal.features.PageFeatures;
import dev.linesift.Language;
import dev.linesift.internal.lines.MarkupCues;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import smile.classification.Maxent;

class ModelIOTest {
    private static final FeatureSettings SMALL = new FeatureSettings(12, EnumSet.allOf(dev.linesift.train.FeatureGroup.class), 200);

    static ModelManifest manifest(int schema) {
        return new ModelManifest("test", schema, Arrays.stream(Label.values()).map(Label::code).toList(), List.of("en", "nb"),
                true, SMALL, "sha256:test", 1, 8, Map.of("lambda", "1"), Map.of());
    }

    static LineModel tinyModel(int schema) {
        Random r = new Random(1);
        int n = 200;
        int[][] x = new int[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 4;
            x[i] = new int[] {y[i] * 10 + r.nextInt(5), 100 + r.nextInt(50)};
            Arrays.sort(x[i]);
        }
        Maxent.Multinomial m = Maxent.multinomial(SMALL.dimension(), x, y, 0.5, 1e-5, 50);
        return LineModel.of(manifest(schema), m, m);
    }

    static PageFeatures features() {
        List<String> texts = List.of("A headline", "Some body text that goes on for a while.", "Subscribe");
        int n = texts.size();
        return new FeatureExtractor(SMALL).extract(new ContentLines(texts, Collections.nCopies(n, MarkupCues.NONE),
                new boolean[n], new boolean[n], Collections.nCopies(n, Language.ENGLISH), Language.ENGLISH));
    }

    @Test
    void aSavedModelReadsBackAndPredictsTheSame(@TempDir Path dir) throws Exception {
        LineModel model = ModelIO.roundTrip(tinyModel(FeatureExtractor.SCHEMA_VERSION));
        Path file = dir.resolve("m.model");
        ModelIO.write(model, file);
        LineModel back = ModelIO.read(file);
        assertEquals(model.manifest().trainingDataHash(), back.manifest().trainingDataHash());
        assertEquals(model.manifest().featureSettings(), back.manifest().featureSettings());
        PageFeatures pf = features();
        double[][] a = model.predict(pf);
        double[][] b = back.predict(pf);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0.0);
        }
    }

    @Test
    void aModelOfAnotherSchemaIsRejectedWithAClearMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.model");
        ModelIO.write(tinyModel(FeatureExtractor.SCHEMA_VERSION + 1), file);
        LineSiftException e = assertThrows(LineSiftException.class, () -> ModelIO.read(file));
        assertEquals(LineSiftException.Reason.BAD_MODEL, e.reason());
        assertTrue(e.getMessage().contains("feature schema version"), e.getMessage());
    }

    /** A class a model file must never make the reader build. */
    static final class Intruder implements Serializable {
        private static final long serialVersionUID = 1L;
        final String payload = "boom";
    }

    @Test
    void aCraftedFileCarryingAnotherClassIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evil.model");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("LINESIFT-MODEL 1\n".getBytes(StandardCharsets.US_ASCII));
        try (ObjectOutputStream oos = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            oos.writeObject(new Intruder());
        }
        Files.write(file, bytes.toByteArray());
        LineSiftException e = assertThrows(LineSiftException.class, () -> ModelIO.read(file));
        assertEquals(LineSiftException.Reason.BAD_MODEL, e.reason());
        assertTrue(e.getMessage().contains("may not contain"), e.getMessage());
    }

    @Test
    void aHashMapInsideAnAllowedShapeIsRejectedToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("map.model");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("LINESIFT-MODEL 1\n".getBytes(StandardCharsets.US_ASCII));
        try (ObjectOutputStream oos = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            oos.writeObject(new java.util.HashMap<>(Map.of("a", "b")));
        }
        Files.write(file, bytes.toByteArray());
        assertThrows(LineSiftException.class, () -> ModelIO.read(file));
    }

    @Test
    void truncatedAndForeignFilesAreRejected(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.model");
        ModelIO.write(tinyModel(FeatureExtractor.SCHEMA_VERSION), good);
        byte[] all = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.model");
        Files.write(truncated, Arrays.copyOf(all, all.length / 2));
        LineSiftException t = assertThrows(LineSiftException.class, () -> ModelIO.read(truncated));
        assertTrue(t.getMessage().contains("truncated"), t.getMessage());
        Path foreign = dir.resolve("foreign.model");
        Files.writeString(foreign, "this is not a model");
        LineSiftException f = assertThrows(LineSiftException.class, () -> ModelIO.read(foreign));
        assertTrue(f.getMessage().contains("not a linesift model"), f.getMessage());
        LineSiftException missing = assertThrows(LineSiftException.class, () -> ModelIO.read(dir.resolve("none.model")));
        assertEquals(LineSiftException.Reason.BAD_MODEL, missing.reason());
    }

    @Test
    void theEmbeddedModelLoadsAndDescribesItself() {
        LineModel m = ModelIO.readDefault();
        assertEquals(FeatureExtractor.SCHEMA_VERSION, m.manifest().schemaVersion());
        assertEquals(List.of("article", "paywall", "teaser", "metadata"), m.manifest().labels());
        assertTrue(m.manifest().trainingDataHash().startsWith("sha256:"));
        assertTrue(m.manifest().trainingLines() > 1000);
        assertTrue(m.hasContextStage());
    }
}
