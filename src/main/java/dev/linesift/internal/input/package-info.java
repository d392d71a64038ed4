/**
 * Reading documents into pages of lines: plain text kept exactly (with encoding detection),
 * HTML through Tika with one line per block and its markup cues, other formats through Tika's
 * parsers; every read bounded by {@link dev.linesift.Limits}.
 */
package dev.linesift.internal.input;
