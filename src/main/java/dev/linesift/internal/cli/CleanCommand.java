package dev.linesift.internal.cli;

import dev.linesift.LabeledLine;
import dev.linesift.Language;
import dev.linesift.internal.lines.Page;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Prints the article text of each input: its article lines, in order, each unchanged.",
                "text (default): the lines; with several inputs, documents are separated by one empty line.",
                "jsonl: one object per input: source, language, headline (null when the markup marks none), text.",
                "--body leaves out the lines the markup made a headline (h1) or a caption.",
                "A WARC or WET crawl archive (.warc, .wet, .warc.gz, .wet.gz, or any file that starts with a WARC "
                        + "record) gives one document per HTTP 200 response holding a page and per WET text record; "
                        + "in jsonl each carries recordId, uri and date after source (the URI)."})
final class CleanCommand extends DetectorCommand {
    @Mixin
    TextOrJsonl output = new TextOrJsonl();

    @Option(names = "--body", description = "Print the article body: without the headline (h1) and captions, "
            + "as readers and article-body benchmarks give it. Plain text has no such marks and prints every article line.")
    boolean body;

    @Mixin
    BatchOptions batch = new BatchOptions();

    @Override
    public Integer call() {
        return batch.run(spec, detector, inputs -> new ArticlePrinter(spec.commandLine().getOut(), output.jsonl(), body));
    }

    /** Prints each input's article lines, or collects them into one JSON object per input. */
    private static final class ArticlePrinter implements Batch.Printer {
        private final PrintWriter out;
        private final boolean jsonl;
        private final boolean body;
        private final StringBuilder text = new StringBuilder();
        private String headline;
        private boolean firstDocument = true;

        ArticlePrinter(PrintWriter out, boolean jsonl, boolean body) {
            this.out = out;
            this.jsonl = jsonl;
            this.body = body;
        }

        @Override
        public void begin(Batch.Document doc, Page page) {
            text.setLength(0);
            headline = null;
            if (!jsonl && !firstDocument) {
                out.print('\n');
            }
            firstDocument = false;
        }

        @Override
        public void line(LabeledLine l) {
            if (headline == null && l.isHeadline()) {
                headline = l.text();
            }
            if (body ? !l.isBody() : !l.isArticle()) {
                return;
            }
            if (!jsonl) {
                out.print(l.text());
                out.print('\n');
            } else {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(l.text());
            }
        }

        @Override
        public void end(Batch.Document doc, Page page, Language dominant) {
            if (jsonl) {
                Json.line(out, g -> {
                    g.writeStringField("source", doc.source());
                    Json.crawlRecord(g, doc);
                    g.writeStringField("language", dominant.code());
                    if (headline == null) {
                        g.writeNullField("headline");
                    } else {
                        g.writeStringField("headline", headline);
                    }
                    g.writeStringField("text", text.toString());
                });
            }
        }
    }
}
