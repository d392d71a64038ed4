package dev.linesift.internal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClassTokensTest {
    @Test
    void wordsStayAndGeneratedNamesFold() {
        assertEquals("article", ClassTokens.fold("article"));
        assertEquals("body", ClassTokens.fold("body"));
        // A word with a number at its end: the kind of name, not the number.
        assertEquals("col#", ClassTokens.fold("col12"));
        assertEquals("col#", ClassTokens.fold("col4"));
        // Digits and letters interleaved, or a long run without a vowel: a build tool's hash.
        assertEquals(ClassTokens.HASHED, ClassTokens.fold("1x7q2b"));
        assertEquals(ClassTokens.HASHED, ClassTokens.fold("bdvvtl"));
        assertEquals(ClassTokens.HASHED, ClassTokens.fold("h2"));
        assertEquals(ClassTokens.HASHED, ClassTokens.fold("2024"));
        // Short words without vowels (nav, btn) are still words.
        assertEquals("btn", ClassTokens.fold("btn"));
    }
}
