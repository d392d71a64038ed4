package dev.linesift.internal.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.Limits;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedParserTest {
    private static final Limits SMALL = Limits.DEFAULT.withMaxInputBytes(100).withTimeout(Duration.ofMillis(300));

    @Test
    void filesWithinTheLimitAreReadWhole(@TempDir Path dir) throws Exception {
        try (BoundedParser bounded = new BoundedParser(SMALL)) {
            byte[] bytes = new byte[100];
            Path file = Files.write(dir.resolve("exact.bin"), bytes);
            assertArrayEquals(bytes, bounded.readFile(file, "exact.bin"));
            LineSiftException big = assertThrows(LineSiftException.class,
                    () -> bounded.readFile(Files.write(dir.resolve("big.bin"), new byte[101]), "big.bin"));
            assertEquals(Reason.TOO_LARGE, big.reason());
            assertEquals("big.bin: input of 101 bytes is larger than the limit of 100 bytes", big.getMessage());
        }
    }

    @Test
    void missingFilesAndDirectories(@TempDir Path dir) {
        try (BoundedParser bounded = new BoundedParser(SMALL)) {
            LineSiftException missing = assertThrows(LineSiftException.class, () -> bounded.readFile(dir.resolve("no.txt"), "no.txt"));
            assertEquals(Reason.NOT_FOUND, missing.reason());
            LineSiftException directory = assertThrows(LineSiftException.class, () -> bounded.readFile(dir, "d"));
            assertEquals(Reason.UNREADABLE, directory.reason());
            assertEquals("d: is a directory", directory.getMessage());
        }
    }

    @Test
    void streamsStopOneBytePastTheLimit() {
        try (BoundedParser bounded = new BoundedParser(SMALL)) {
            assertEquals(100, bounded.readStream(new ByteArrayInputStream(new byte[100]), "s").length);
            LineSiftException e = assertThrows(LineSiftException.class,
                    () -> bounded.readStream(new ByteArrayInputStream(new byte[10_000]), "s"));
            assertEquals("s: input of 101 bytes is larger than the limit of 100 bytes", e.getMessage());
        }
    }

    @Test
    void aParseThatTakesTooLongIsAbandoned() {
        try (BoundedParser bounded = new BoundedParser(SMALL)) {
            LineSiftException e = assertThrows(LineSiftException.class, () -> bounded.run("slow", () -> Thread.sleep(10_000)));
            assertEquals(Reason.TIMEOUT, e.reason());
            assertEquals("slow: extraction took longer than 0 s", e.getMessage());
        }
    }

    @Test
    void whatAParseThrowsIsTranslatedByType() {
        try (BoundedParser bounded = new BoundedParser(SMALL)) {
            LineSiftException encrypted = assertThrows(LineSiftException.class,
                    () -> bounded.run("p.pdf", () -> {
                        throw new TikaException("wrapped", new EncryptedDocumentException());
                    }));
            assertEquals(Reason.ENCRYPTED, encrypted.reason());
            LineSiftException broken = assertThrows(LineSiftException.class,
                    () -> bounded.run("p.pdf", () -> {
                        throw new TikaException("broken");
                    }));
            assertEquals(Reason.MALFORMED, broken.reason());
            assertEquals("p.pdf: cannot extract text: broken", broken.getMessage());
        }
    }
}
