/** The {@code linesift} command line: argument parsing and printing only; the work is library code. */
package dev.linesift.internal.cli;
