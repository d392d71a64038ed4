package dev.linesift;

/** How to read a document's bytes. */
public enum InputFormat {
    /**
     * Decide from the bytes and the file name: HTML by its markup, PDF, DOCX and others by
     * their signatures; a {@code .txt} file is always plain text.
     */
    AUTO,
    /** Plain text, whatever it looks like: every line is kept exactly. */
    TEXT,
    /** HTML, even without the usual markers at its start. */
    HTML
}
