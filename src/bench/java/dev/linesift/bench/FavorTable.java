package dev.linesift.bench;

import dev.linesift.Favor;
import dev.linesift.LineSift;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * linesift's one trade-off setting, {@code --favor}, on both page sets: how much precision
 * {@link Favor#PRECISION} buys and recall {@link Favor#RECALL} buys, each set with its own metric,
 * body view. One detector per setting, built once and closed before the next is built.
 */
final class FavorTable {
    private FavorTable() {
    }

    /**
     * The table, with {@code model} (blank: the embedded one) under each setting; {@code wcxb}
     * is empty when {@code ../shared/bench/wcxb-dev} is absent, and its columns then say so.
     */
    static String markdown(String model, List<BenchData.Item> scrapinghub, List<WcxbData.Item> wcxb) {
        StringBuilder md = new StringBuilder();
        md.append("## linesift --favor\n\n");
        md.append("`LineSift.builder().favor(...)` (CLI `--favor`), body view (`bodyText()`), ")
                .append(model.isBlank() ? "the embedded model" : "model `" + model + "`").append(". ");
        md.append("scrapinghub: 4-token shingles, F1 of the mean precision and recall; wcxb-dev: WCXB's word metric, ");
        md.append("means over pages. `balanced` is the model's most probable label, the default.\n\n");
        md.append("| favor | scrapinghub F1 | precision | recall | wcxb-dev F1 | precision | recall | with kept | without leaked |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Favor f : Favor.values()) {
            dev.linesift.LineSiftBuilder b = LineSift.builder().favor(f);
            if (!model.isBlank()) {
                b.model(Path.of(model));
            }
            try (LineSift sift = b.build()) {
                Extractors.Extraction body = (html, url) -> sift.labelHtml(html, url).bodyText();
                List<ShingleScore.Page> sh = new ArrayList<>();
                for (BenchData.Item it : scrapinghub) {
                    String text;
                    try {
                        text = body.apply(it.html(), it.url());
                    } catch (Exception | StackOverflowError e) {
                        text = "";
                    }
                    sh.add(ShingleScore.score(text, it.truth()));
                }
                ShingleScore.Summary s = ShingleScore.Summary.of(sh);
                String row = String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |", f.name().toLowerCase(Locale.ROOT),
                        s.f1(), s.precision(), s.recall());
                if (wcxb.isEmpty()) {
                    row += " not present | | | | |";
                } else {
                    WcxbScore.Summary w = WcxbScore.Summary.of(WcxbBench.score(body, wcxb, new int[1]));
                    row += String.format(Locale.ROOT, " %.3f | %.3f | %.3f | %.3f | %.3f |", w.f1(), w.precision(), w.recall(),
                            w.withKept(), w.withoutLeaked());
                }
                System.out.println(row);
                md.append(row).append('\n');
            }
        }
        md.append('\n');
        return md.toString();
    }
}
