package dev.linesift;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work done per document, so that hostile or broken input ends in a result or
 * a {@link LineSiftException}, never a hang or an {@link OutOfMemoryError}.
 *
 * @param maxInputBytes     bytes read from one input at most; larger input fails with {@code TOO_LARGE}
 * @param maxChars          characters extracted from one document at most; larger fails with {@code TOO_LARGE}
 * @param segmentLines      pages longer than this many lines are labeled in segments of this size,
 *                          which bounds memory for very long inputs
 * @param timeout           time allowed for extracting text from one document (Tika formats)
 */
public record Limits(long maxInputBytes, long maxChars, int segmentLines, Duration timeout) {

    /** Defaults that suit real pages and large text dumps: 64 MiB in, 32 M characters out, 30 s per document. */
    public static final Limits DEFAULT = new Limits(64L << 20, 32_000_000L, 5_000, Duration.ofSeconds(30));

    public Limits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxInputBytes < 1) {
            throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        if (segmentLines < 100) {
            throw new IllegalArgumentException("segmentLines must be at least 100: " + segmentLines);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public Limits withMaxInputBytes(long value) {
        return new Limits(value, maxChars, segmentLines, timeout);
    }

    public Limits withMaxChars(long value) {
        return new Limits(maxInputBytes, value, segmentLines, timeout);
    }

    public Limits withSegmentLines(int value) {
        return new Limits(maxInputBytes, maxChars, value, timeout);
    }

    public Limits withTimeout(Duration value) {
        return new Limits(maxInputBytes, maxChars, segmentLines, value);
    }
}
