package dev.linesift.internal.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Undoes {@code WarcFiles.gzip}. */
final class WarcFilesTestSupport {
    private WarcFilesTestSupport() {
    }

    static byte[] gunzip(byte[] member) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(member))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
