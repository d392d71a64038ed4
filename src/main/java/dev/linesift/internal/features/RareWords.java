package dev.linesift.internal.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The longer words (five letters or more) of each line of a page and the lines each occurs in:
 * the raw material of the cohesion features, computed once per page.
 */
final class RareWords {
    final List<List<String>> perLine;
    final Map<String, List<Integer>> linesOf;

    RareWords(LineProfile[] profiles) {
        int n = profiles.length;
        perLine = new ArrayList<>(n);
        linesOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<String> w = new ArrayList<>();
            for (String t : profiles[i].tokens) {
                if (t.length() >= 5 && Character.isLetter(t.charAt(0)) && !w.contains(t)) {
                    w.add(t);
                    linesOf.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                }
            }
            perLine.add(w);
        }
    }
}
