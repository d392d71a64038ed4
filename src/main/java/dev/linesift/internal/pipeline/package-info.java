/**
 * The one pipeline every caller runs: read → lines → language → features → predict. Labeling,
 * training, cross-validation and the benchmark's stage timer all go through it, so a stage
 * changes in one place.
 */
package dev.linesift.internal.pipeline;
