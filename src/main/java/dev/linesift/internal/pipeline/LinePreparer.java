package dev.linesift.internal.pipeline;

import dev.linesift.internal.features.ContentLines;
import dev.linesift.internal.language.LanguageIdentifier;
import dev.linesift.internal.lines.Line;
import dev.linesift.internal.lines.MarkupCues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Picks the labelable lines out of a run of page lines and detects their languages: the step
 * between reading a page and extracting features, shared by labeling and training.
 */
public final class LinePreparer {
    private final LanguageIdentifier identifier;

    LinePreparer(LanguageIdentifier identifier) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
    }

    /**
     * The prepared content lines.
     *
     * @param lines   the content (non-blank) lines, in order
     * @param content their texts, cues, blank-line context and languages
     * @param letters letters per detected language, for a page-wide dominant language
     */
    public record Prepared(List<Line> lines, ContentLines content,
                           java.util.Map<dev.linesift.Language, Integer> letters) {
    }

    /** Prepares lines {@code from} (inclusive) to {@code to} (exclusive) of a page's line list. */
    Prepared prepare(List<Line> all, int from, int to) {
        List<Line> content = new ArrayList<>();
        List<Boolean> before = new ArrayList<>();
        List<Boolean> after = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Line line = all.get(i);
            if (line.isBlank()) {
                continue;
            }
            content.add(line);
            before.add(i > 0 && all.get(i - 1).isBlank());
            after.add(i + 1 < all.size() && all.get(i + 1).isBlank());
        }
        int n = content.size();
        List<String> texts = new ArrayList<>(n);
        List<MarkupCues> cues = new ArrayList<>(n);
        boolean[] blankBefore = new boolean[n];
        boolean[] blankAfter = new boolean[n];
        for (int i = 0; i < n; i++) {
            texts.add(content.get(i).text());
            cues.add(content.get(i).cues());
            blankBefore[i] = before.get(i);
            blankAfter[i] = after.get(i);
        }
        LanguageIdentifier.PageLanguages languages = identifier.detect(texts);
        ContentLines lines = new ContentLines(texts, cues, blankBefore, blankAfter, languages.perLine(), languages.dominant());
        return new Prepared(content, lines, languages.lettersByLanguage());
    }
}
