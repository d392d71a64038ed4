package dev.linesift.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated pages are what the generator makes from the committed parts: an
 * integration test ({@code mvn verify}), as it regenerates all 766 pages.
 */
class CorpusRegenerationIT {
    private static final Path DATA = Path.of("training-data");

    @Test
    void theCommittedPagesAreTheGeneratorsOutput(@TempDir Path out) throws Exception {
        CorpusGenerator.generate(DATA.resolve("parts"), out);
        assertEquals(Files.readString(DATA.resolve("manifest.tsv")), Files.readString(out.resolve("manifest.tsv")));
        List<Path> committed;
        try (Stream<Path> s = Files.walk(DATA.resolve("pages"))) {
            committed = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : committed) {
            Path regenerated = out.resolve(DATA.relativize(p));
            assertEquals(Files.readString(p), Files.readString(regenerated), p.toString());
        }
    }
}
