package dev.linesift.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the PATH arguments of a command: directories are walked, {@code -} is standard input. */
final class Inputs {
    /** One input: a file, or standard input when {@code path} is null. */
    record Input(String source, Path path) {
        boolean isStdin() {
            return path == null;
        }
    }

    private Inputs() {
    }

    /**
     * The inputs in order: each argument as given, a directory replaced by the regular files
     * below it (sorted, hidden ones skipped). A directory that cannot be walked becomes an
     * input that fails when read, so the error is reported with the rest.
     */
    static List<Input> expand(List<String> args) {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input("-", null));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !Files.isDirectory(f))
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(f -> out.add(new Input(f.toString(), f)));
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(new Input(a, p));
                }
            } else {
                out.add(new Input(a, p));
            }
        }
        return out;
    }
}
