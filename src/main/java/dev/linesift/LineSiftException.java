package dev.linesift;

import java.util.Objects;

/**
 * Thrown when a document or a model cannot be used. The message is one line that names
 * the source and the cause, fit to show a user as it is; {@link #reason()} tells the
 * cases apart for code.
 */
public class LineSiftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the input could not be used. */
    public enum Reason {
        /** The file does not exist. */
        NOT_FOUND,
        /** The file exists but cannot be read (permissions, a directory, an I/O error). */
        UNREADABLE,
        /** The format is not one linesift can read, or the bytes are not text. */
        UNSUPPORTED_FORMAT,
        /** The document is encrypted or password protected. */
        ENCRYPTED,
        /** The document is damaged, or its parser gave up on it. */
        MALFORMED,
        /** The document exceeds a configured {@link Limits limit}. */
        TOO_LARGE,
        /** Extraction took longer than {@link Limits#timeout()}. */
        TIMEOUT,
        /** A model file is missing, damaged, of another schema, or carries disallowed classes. */
        BAD_MODEL
    }

    /** Why the input could not be used. */
    private final Reason reason;
    /** The document or model the error is about. */
    private final String source;

    /**
     * An error without an underlying exception.
     *
     * @param reason why the input cannot be used, not {@code null}
     * @param source the document or model concerned, not {@code null}; it starts the message
     * @param cause  what went wrong, in one line; the message is {@code source + ": " + cause}
     */
    public LineSiftException(Reason reason, String source, String cause) {
        this(reason, source, cause, null);
    }

    /**
     * An error caused by another exception.
     *
     * @param reason     why the input cannot be used, not {@code null}
     * @param source     the document or model concerned, not {@code null}; it starts the message
     * @param cause      what went wrong, in one line; the message is {@code source + ": " + cause}
     * @param underlying the exception that led to this one, kept as {@link #getCause()}; may be {@code null}
     */
    public LineSiftException(Reason reason, String source, String cause, Throwable underlying) {
        super(source + ": " + cause, underlying);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** {@return why the input could not be used, never {@code null}} */
    public Reason reason() {
        return reason;
    }

    /** {@return the document or model the error is about, as the caller or the reader named it} */
    public String source() {
        return source;
    }
}
