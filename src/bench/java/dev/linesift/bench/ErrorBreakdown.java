package dev.linesift.bench;

import dev.linesift.LabeledLine;
import dev.linesift.LabeledPage;
import dev.linesift.LineSift;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where linesift's benchmark errors are, in tokens: the lines of its body view
 * ({@link LabeledLine#isBody()}) that are not in the benchmark's article body, by the kind of
 * block the line came from, and body lines it left out, by the label given. A line counts as in
 * the body when at least half of its 4-token shingles are. This explains the score; nothing here
 * changes what linesift outputs.
 */
final class ErrorBreakdown {
    private final Map<String, Long> extraByElement = new LinkedHashMap<>();
    private final Map<String, Long> missedByLabel = new LinkedHashMap<>();
    private long kept;
    private long extra;
    private long missed;

    static ErrorBreakdown of(LineSift sift, List<BenchData.Item> items) {
        ErrorBreakdown b = new ErrorBreakdown();
        for (BenchData.Item it : items) {
            b.add(sift.labelHtml(it.html(), it.url()), it.truth());
        }
        return b;
    }

    private void add(LabeledPage labeled, String truth) {
        Set<List<String>> body = new HashSet<>(ShingleScore.shingles(ShingleScore.tokens(truth)).keySet());
        for (LabeledLine line : labeled.lines()) {
            List<String> tokens = ShingleScore.tokens(line.text());
            if (tokens.isEmpty()) {
                continue;
            }
            Set<List<String>> own = ShingleScore.shingles(tokens).keySet();
            long inBody = own.stream().filter(body::contains).count();
            boolean gold = inBody * 2 >= own.size();
            if (gold && line.isBody()) {
                kept += tokens.size();
            } else if (line.isBody()) {
                extra += tokens.size();
                extraByElement.merge(line.block().code(), (long) tokens.size(), Long::sum);
            } else if (gold) {
                missed += tokens.size();
                missedByLabel.merge(line.isArticle() ? "article, left out of the body as " + line.block().code()
                        : line.label().code(), (long) tokens.size(), Long::sum);
            }
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Where linesift's errors are\n\n");
        md.append(String.format(Locale.ROOT,
                "Tokens of lines: %,d in linesift's body and the benchmark's, %,d in linesift's body only, "
                        + "%,d in the benchmark's body only. A line is in the benchmark's body when half its 4-token "
                        + "shingles are.%n%n",
                kept, extra, missed));
        md.append("| extra body tokens, by block | tokens | share |\n|---|---|---|\n");
        extraByElement.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f %% |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, extra))));
        md.append("\n| missed body tokens, by the label given | tokens | share |\n|---|---|---|\n");
        missedByLabel.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f %% |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, missed))));
        md.append('\n');
        return md.toString();
    }
}
