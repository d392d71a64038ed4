/** The language of each line, with Lingua, and the page's dominant language. */
package dev.linesift.internal.language;
