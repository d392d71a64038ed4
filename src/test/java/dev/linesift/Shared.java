package dev.linesift;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Test access to things built once: the default detector (loading models takes seconds) and the
 * {@code ../shared} folder of evaluation data, which a user's clone does not have.
 */
public final class Shared {
    private static LineSift detector;

    private Shared() {
    }

    /** One default detector for all tests; it is immutable and thread-safe. */
    public static synchronized LineSift detector() {
        if (detector == null) {
            detector = LineSift.create();
        }
        return detector;
    }

    /** The shared evaluation folder, when it is beside the project. */
    public static Optional<Path> sharedDir() {
        Path p = Path.of(System.getProperty("linesift.shared", "../shared"));
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
