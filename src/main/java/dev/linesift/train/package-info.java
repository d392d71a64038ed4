/**
 * Training from labeled pages, grouped cross-validation and the evaluation report: library code
 * that {@code linesift train}, {@code linesift report} and {@code mvn -Ptrain} wrap.
 */
package dev.linesift.train;
