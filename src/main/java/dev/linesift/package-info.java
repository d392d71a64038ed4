/**
 * linesift labels every line of a scraped page as article, paywall, teaser or metadata.
 *
 * <p>Start with {@link dev.linesift.LineSift}: build one, share it, and call {@code label}. The
 * packages follow the data flow: {@code input} reads documents into {@code lines}, {@code language}
 * tells each line's language, {@code features} describes each line, {@code model} classifies
 * it, and the result comes back here as a {@link dev.linesift.LabeledPage}. {@code train},
 * {@code eval} and {@code cli} sit at the edge: training, scoring and the command line.
 */
package dev.linesift;
