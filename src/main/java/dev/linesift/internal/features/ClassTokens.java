package dev.linesift.internal.features;

/**
 * Folds class, id and role tokens so that names a build tool generated stop being vocabulary:
 * {@code css-1x7q2b} or {@code sc-bdvvtl} mean one thing on one site's build and nothing
 * elsewhere, while {@code col4} and {@code col12} are the same kind of name.
 */
final class ClassTokens {
    /** What every generated-looking token becomes. */
    static final String HASHED = "#";

    private ClassTokens() {
    }

    /**
     * The token itself when it reads as a word; its letters and a {@code #} when it is a word
     * with a number glued to its end; {@link #HASHED} when digits and letters interleave or five
     * or more letters have no vowel.
     */
    static String fold(String token) {
        int digits = 0;
        boolean letterAfterDigit = false;
        boolean vowel = false;
        StringBuilder letters = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char ch = token.charAt(i);
            if (Character.isDigit(ch)) {
                digits++;
            } else {
                if (digits > 0) {
                    letterAfterDigit = true;
                }
                letters.append(ch);
                vowel |= "aeiouyæøåäöüéèáíóú".indexOf(ch) >= 0;
            }
        }
        if (letterAfterDigit || (digits > 0 && letters.length() < 2) || (letters.length() >= 5 && !vowel)) {
            return HASHED;
        }
        return digits > 0 ? letters + HASHED : token;
    }
}
