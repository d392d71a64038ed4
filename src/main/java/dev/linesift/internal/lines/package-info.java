/** Pages as numbered lines with their markup cues: what every later stage works on. */
package dev.linesift.internal.lines;
