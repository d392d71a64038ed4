package dev.linesift;

import dev.linesift.internal.train.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Test access to things built once: the default detector (loading models takes seconds), the training corpus and the
 * {@code ../shared} folder of evaluation data, which a user's clone does not have.
 */
public final class Shared {
    private static LineSift detector;
    private static Corpus corpus;

    private Shared() {
    }

    /** One default detector for all tests; it is immutable and thread-safe. */
    public static synchronized LineSift detector() {
        if (detector == null) {
            detector = LineSift.create();
        }
        return detector;
    }

    /** The committed training corpus, loaded once per test JVM: reading its HTML pages takes seconds. */
    public static synchronized Corpus corpus() {
        if (corpus == null) {
            try {
                corpus = Corpus.load(Path.of("training-data"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpus;
    }

    /** The shared evaluation folder, when it is beside the project. */
    public static Optional<Path> sharedDir() {
        Path p = Path.of(System.getProperty("linesift.shared", "../shared"));
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
