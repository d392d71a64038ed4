package dev.linesift.internal.lines;

/** The kind of document a page was read from. */
public enum SourceFormat {
    /** Plain text: one input line is one page line, kept exactly. */
    TEXT,
    /** HTML: one page line per block element, with markup cues. */
    HTML,
    /** Any other format Tika reads (PDF, DOCX, ...): the extracted text, split into lines. */
    DOCUMENT
}
