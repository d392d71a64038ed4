package dev.linesift.bench;

import dev.linesift.Label;
import dev.linesift.LabeledLine;
import dev.linesift.LabeledPage;
import dev.linesift.LineSift;
import dev.linesift.Limits;
import dev.linesift.input.DocumentReader;
import dev.linesift.lines.MarkupCues;
import dev.linesift.lines.Page;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where linesift's benchmark errors are, in tokens: its article lines that are not in the
 * benchmark's article body, by the element the line came from, and body lines it gave another
 * label, by that label. A line counts as in the body when at least half of its 4-token shingles
 * are. This explains the score; nothing here changes what linesift outputs.
 */
final class ErrorBreakdown {
    private final Map<String, Long> extraByElement = new LinkedHashMap<>();
    private final Map<Label, Long> missedByLabel = new EnumMap<>(Label.class);
    private long kept;
    private long extra;
    private long missed;

    static ErrorBreakdown of(LineSift sift, List<BenchData.Item> items) {
        ErrorBreakdown b = new ErrorBreakdown();
        try (DocumentReader reader = new DocumentReader(Limits.DEFAULT)) {
            for (BenchData.Item it : items) {
                Page page = reader.readHtml(it.html(), it.id());
                b.add(page, sift.label(page), it.truth());
            }
        }
        return b;
    }

    private void add(Page page, LabeledPage labeled, String truth) {
        Set<List<String>> body = new HashSet<>(ShingleScore.shingles(ShingleScore.tokens(truth)).keySet());
        for (LabeledLine line : labeled.lines()) {
            List<String> tokens = ShingleScore.tokens(line.text());
            if (tokens.isEmpty()) {
                continue;
            }
            Set<List<String>> own = ShingleScore.shingles(tokens).keySet();
            long inBody = own.stream().filter(body::contains).count();
            boolean gold = inBody * 2 >= own.size();
            if (gold && line.isArticle()) {
                kept += tokens.size();
            } else if (line.isArticle()) {
                extra += tokens.size();
                extraByElement.merge(element(page.lines().get(line.number() - 1).cues()), (long) tokens.size(), Long::sum);
            } else if (gold) {
                missed += tokens.size();
                missedByLabel.merge(line.label(), (long) tokens.size(), Long::sum);
            }
        }
    }

    private static String element(MarkupCues cues) {
        if (cues.headingLevel() == 1) {
            return "h1 (the headline, `article` in the labeling guide, not in the benchmark's body)";
        }
        if (cues.tag().equals("figcaption")) {
            return "figcaption (captions, `article` in the labeling guide)";
        }
        if (cues.headingLevel() > 1) {
            return "h2-h6";
        }
        return cues.tag().equals("p") ? "p" : "other blocks (div, li, ...)";
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Where linesift's errors are\n\n");
        md.append(String.format(Locale.ROOT,
                "Tokens of lines: %,d labeled `article` and in the body, %,d labeled `article` but not in the body, "
                        + "%,d in the body but given another label. A line is in the body when half its 4-token shingles are.%n%n",
                kept, extra, missed));
        md.append("| extra `article` tokens, by element | tokens | share |\n|---|---|---|\n");
        extraByElement.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f %% |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, extra))));
        md.append("\n| missed body tokens, by the label given | tokens | share |\n|---|---|---|\n");
        missedByLabel.entrySet().stream().sorted(Map.Entry.<Label, Long>comparingByValue().reversed())
                .forEach(e -> md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f %% |%n", e.getKey().code(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, missed))));
        md.append('\n');
        return md.toString();
    }
}
