/**
 * Reading documents into pages of lines: plain text kept exactly (with encoding detection),
 * HTML through Tika with one line per block and its markup cues, other formats through Tika's
 * parsers; every read bounded by {@link dev.linesift.Limits}. Crawl archives (WARC and WET) are
 * read record by record into such pages ({@link dev.linesift.internal.input.ArchiveReader}), with
 * jwarc for the headers and a framing of their own that finds the next record after a damaged one.
 */
package dev.linesift.internal.input;
