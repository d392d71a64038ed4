package dev.linesift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linesift.LineSift;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The embedded model was trained on the committed training data: "data changed, model not
 * retrained" fails here in seconds. That retraining gives the model byte for byte is the
 * integration test {@code ModelReproducibilityIT} ({@code mvn verify}).
 */
class CommittedModelTest {
    @Test
    void theEmbeddedModelRecordsTheHashOfTheCommittedTrainingData() throws Exception {
        String data = dev.linesift.Shared.corpus().hash();
        try (LineSift sift = LineSift.create()) {
            assertEquals(data, sift.model().info().trainingDataHash(),
                    "training-data/ changed since the embedded model was trained: retrain with mvn -Ptrain package");
        }
    }
}
