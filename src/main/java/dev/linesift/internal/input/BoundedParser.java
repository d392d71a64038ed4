package dev.linesift.internal.input;

import dev.linesift.LineSiftException;
import dev.linesift.LineSiftException.Reason;
import dev.linesift.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps the work on one document within {@link Limits}: input is read only up to the byte limit,
 * and a parse runs on a pool thread that is abandoned (interrupted) when it takes longer than the
 * timeout, since a parser stuck in a loop never checks a clock itself. Every failure leaves as a
 * {@link LineSiftException} translated by {@link ParseFailures}. Thread-safe.
 */
final class BoundedParser implements AutoCloseable {
    /** A parse to run; its result is what it writes to its content handler. */
    interface Parse {
        void run() throws Exception;
    }

    private final Limits limits;
    private final ExecutorService parsing;

    BoundedParser(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        // Daemon threads: a parse abandoned after its timeout must not keep the JVM alive.
        this.parsing = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "linesift-parse");
            t.setDaemon(true);
            return t;
        });
    }

    Limits limits() {
        return limits;
    }

    /** Reads a whole regular file, refusing one larger than the byte limit before reading it. */
    byte[] readFile(Path path, String source) {
        if (Files.isDirectory(path)) {
            throw new LineSiftException(Reason.UNREADABLE, source, "is a directory");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // A FIFO or device would block or never end.
            throw new LineSiftException(Reason.UNREADABLE, source, "not a regular file");
        }
        try {
            long size = Files.size(path);
            if (size > limits.maxInputBytes()) {
                throw tooLarge(source, size);
            }
            // The file may grow between the size check and the read: the read is bounded too.
            try (InputStream in = Files.newInputStream(path)) {
                return readBounded(in, source);
            }
        } catch (IOException e) {
            throw ParseFailures.reading(source, e);
        }
    }

    /** Reads a stream to its end, failing as soon as it passes the byte limit; the stream is not closed. */
    byte[] readStream(InputStream in, String source) {
        try {
            return readBounded(in, source);
        } catch (IOException e) {
            throw ParseFailures.reading(source, e);
        }
    }

    private byte[] readBounded(InputStream in, String source) throws IOException {
        // One byte past the limit is enough to know the input is too large.
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxInputBytes() + 1));
        if (bytes.length > limits.maxInputBytes()) {
            throw tooLarge(source, bytes.length);
        }
        return bytes;
    }

    LineSiftException tooLarge(String source, long size) {
        return ParseFailures.tooLarge(source, size, limits.maxInputBytes());
    }

    /** The character limit as a Tika write limit, which is an int. */
    int writeLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 1, limits.maxChars());
    }

    /** Runs {@code parse} within the timeout; whatever it throws leaves as a {@link LineSiftException}. */
    void run(String source, Parse parse) {
        Future<Void> future = parsing.submit(() -> {
            parse.run();
            return null;
        });
        try {
            future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw ParseFailures.timeout(source, limits.timeout());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw ParseFailures.interrupted(source);
        } catch (ExecutionException e) {
            throw ParseFailures.parsing(source, e.getCause(), limits.maxChars());
        }
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
