package dev.linesift.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.linesift.LineSift;
import java.util.List;
import net.dankito.readability4j.Readability4J;

/** The systems compared, each turning a page's HTML into article text. */
final class Extractors {
    interface Extractor {
        String name();

        String extract(String html, String url) throws Exception;
    }

    private Extractors() {
    }

    static List<Extractor> all(LineSift sift) {
        return List.of(new Extractor() {
            @Override
            public String name() {
                return "linesift, body (`bodyText()`: article without headline and captions)";
            }

            @Override
            public String extract(String html, String url) {
                return sift.labelHtml(html, url).bodyText();
            }
        }, new Extractor() {
            @Override
            public String name() {
                return "linesift, whole article (`articleText()`, the labeling guide's `article`)";
            }

            @Override
            public String extract(String html, String url) {
                return sift.labelHtml(html, url).articleText();
            }
        }, new Extractor() {
            @Override
            public String name() {
                return "boilerpipe ArticleExtractor 1.2.2";
            }

            @Override
            public String extract(String html, String url) throws Exception {
                return ArticleExtractor.INSTANCE.getText(html);
            }
        }, new Extractor() {
            @Override
            public String name() {
                return "Readability4J 1.0.8";
            }

            @Override
            public String extract(String html, String url) {
                String text = new Readability4J(url, html).parse().getTextContent();
                return text == null ? "" : text;
            }
        });
    }
}
