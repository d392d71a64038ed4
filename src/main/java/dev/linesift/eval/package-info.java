/** The labeled-page format, gold pages (also HTML ones) and the scores of a detector against them. */
package dev.linesift.eval;
