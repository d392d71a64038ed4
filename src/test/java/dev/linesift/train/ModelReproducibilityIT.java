package dev.linesift.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.linesift.internal.model.ModelIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training is deterministic across runs and JVMs: retraining from {@code training-data/} with
 * the default options gives the committed model byte for byte. It also fails when the data
 * changed and the model was not retrained.
 */
class ModelReproducibilityIT {
    @Test
    void retrainingGivesTheCommittedModel(@TempDir Path out) throws Exception {
        TrainingRun.run(Path.of("training-data"), out, List.of(), TrainingOptions.DEFAULT, s -> { });
        assertArrayEquals(Files.readAllBytes(Path.of("models", ModelIO.FILE_NAME)), Files.readAllBytes(out.resolve(ModelIO.FILE_NAME)),
                "the committed model is not what training-data/ trains to: retrain with mvn -Ptrain package");
    }
}
