package dev.linesift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTest {
    @Test
    void theEmbeddedModelDescribesItself() {
        ModelInfo info = Shared.detector().model().info();
        assertEquals(List.of(Label.values()), info.labels());
        assertEquals(LineSift.DEFAULT_LANGUAGES, info.languages());
        assertTrue(info.trainingDataHash().startsWith("sha256:"), info.trainingDataHash());
        assertTrue(info.trainingPages() > 0 && info.trainingLines() > info.trainingPages());
        assertTrue(info.featureGroups().contains("MARKUP"), info.featureGroups().toString());
    }

    @Test
    void aWrittenModelReadsBackAndLabelsTheSame(@TempDir Path tmp) throws Exception {
        Model model = Shared.detector().model();
        Path file = tmp.resolve("copy.model");
        model.write(file);
        Model back = Model.read(file);
        assertEquals(model.info(), back.info());
        String text = "Ferry timetable approved after a long dispute on the island route.\\n\\nSubscribe now";
        try (LineSift sift = LineSift.builder().model(back).build()) {
            assertEquals(Shared.detector().label(text), sift.label(text));
        }
        try (var in = Files.newInputStream(file)) {
            assertEquals(model.info(), Model.read(in, "stream").info());
        }
    }

    @Test
    void aFileThatIsNoModelIsABadModelError(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("not.model");
        Files.writeString(file, "hello");
        LineSiftException e = assertThrows(LineSiftException.class, () -> Model.read(file));
        assertEquals(LineSiftException.Reason.BAD_MODEL, e.reason());
        assertEquals(LineSiftException.Reason.BAD_MODEL,
                assertThrows(LineSiftException.class, () -> Model.read(tmp.resolve("missing.model"))).reason());
    }
}
