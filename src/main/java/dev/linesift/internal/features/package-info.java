/**
 * Hashed binary features of each line (shape, position, language relations, repetition, words,
 * neighbours, markup, cohesion) and the context features of the second stage. No feature names a
 * phrase or a site; what the features mean is learned from the training pages.
 */
package dev.linesift.internal.features;
