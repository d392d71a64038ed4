package dev.linesift;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work done per document, so that hostile or broken input ends in a result or
 * a {@link LineSiftException}, never a hang or an {@link OutOfMemoryError}.
 *
 * @param maxInputBytes     bytes read from one input at most (for {@link LineSift#labelHtml} the
 *                          markup's length in characters); larger input fails with {@code TOO_LARGE}
 * @param maxChars          characters extracted from one document at most, and the longest string
 *                          {@link LineSift#label(String)} takes; larger fails with {@code TOO_LARGE}
 * @param segmentLines      pages longer than this many lines are labeled in segments of this size,
 *                          which bounds memory for very long inputs
 * @param timeout           time allowed for extracting text from one document (Tika formats,
 *                          HTML included; plain text is not timed); longer fails with {@code TIMEOUT}
 */
public record Limits(long maxInputBytes, long maxChars, int segmentLines, Duration timeout) {

    /** Defaults that suit real pages and large text dumps: 64 MiB in, 32 M characters out, 30 s per document. */
    public static final Limits DEFAULT = new Limits(64L << 20, 32_000_000L, 5_000, Duration.ofSeconds(30));

    /**
     * Checks the bounds.
     *
     * @param maxInputBytes bytes read from one input at most, at least 1
     * @param maxChars      characters extracted from one document at most, at least 1
     * @param segmentLines  lines labeled per segment, at least 100
     * @param timeout       time allowed for extracting one document's text, positive
     * @throws IllegalArgumentException if a bound is below its minimum
     * @throws NullPointerException     if {@code timeout} is {@code null}
     */
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

    /**
     * A copy with another input size bound.
     *
     * @param value bytes read from one input at most, at least 1
     * @return the new limits; this object is unchanged
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public Limits withMaxInputBytes(long value) {
        return new Limits(value, maxChars, segmentLines, timeout);
    }

    /**
     * A copy with another bound on the text extracted.
     *
     * @param value characters extracted from one document at most, at least 1
     * @return the new limits; this object is unchanged
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public Limits withMaxChars(long value) {
        return new Limits(maxInputBytes, value, segmentLines, timeout);
    }

    /**
     * A copy with another segment size.
     *
     * @param value lines labeled per segment, at least 100
     * @return the new limits; this object is unchanged
     * @throws IllegalArgumentException if {@code value} is below 100
     */
    public Limits withSegmentLines(int value) {
        return new Limits(maxInputBytes, maxChars, value, timeout);
    }

    /**
     * A copy with another extraction timeout.
     *
     * @param value time allowed for extracting one document's text, positive
     * @return the new limits; this object is unchanged
     * @throws IllegalArgumentException if {@code value} is zero or negative
     * @throws NullPointerException     if {@code value} is {@code null}
     */
    public Limits withTimeout(Duration value) {
        return new Limits(maxInputBytes, maxChars, segmentLines, value);
    }
}
