package dev.linesift.internal.cli;

import dev.linesift.LabeledLine;
import dev.linesift.Language;
import dev.linesift.internal.lines.Page;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Labels every non-blank line of each input.",
                "jsonl (default): one object per line: source, line, text, label, confidence, language, block.",
                "tsv: the labeled-page format (label TAB text, blank lines kept); with several inputs each page "
                        + "is preceded by a line '==> SOURCE <=='.",
                "A WARC or WET crawl archive (.warc, .wet, .warc.gz, .wet.gz, or any file that starts with a WARC "
                        + "record) is read as its documents: each HTTP 200 response holding a page, and each WET "
                        + "text record. Their lines carry recordId, uri and date after source (source is the URI); "
                        + "in tsv each document has its '==> SOURCE <==' line."})
final class LabelCommand extends DetectorCommand {
    enum Format { jsonl, tsv }

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    BatchOptions batch = new BatchOptions();

    @Override
    public Integer call() {
        return batch.run(spec, detector,
                inputs -> new LinePrinter(spec.commandLine().getOut(), format, inputs.size() > 1));
    }

    /** Prints lines as they are labeled: JSON objects, or the labeled-page format. */
    private static final class LinePrinter implements Batch.Printer {
        private final PrintWriter out;
        private final Format format;
        private final boolean headers;
        private Batch.Document document = new Batch.Document("", Optional.empty());
        private int next;

        LinePrinter(PrintWriter out, Format format, boolean headers) {
            this.out = out;
            this.format = format;
            this.headers = headers;
        }

        @Override
        public void begin(Batch.Document doc, Page page) {
            document = doc;
            next = 1;
            if (format == Format.tsv && (headers || doc.crawl().isPresent())) {
                out.print("==> " + doc.source() + " <==\n");
            }
        }

        @Override
        public void line(LabeledLine l) {
            if (format == Format.tsv) {
                blankLinesUpTo(l.number());
                out.print(l.label().code() + "\t" + l.text() + "\n");
                next++;
                return;
            }
            Json.line(out, g -> {
                g.writeStringField("source", document.source());
                Json.crawlRecord(g, document);
                g.writeNumberField("line", l.number());
                g.writeStringField("text", l.text());
                g.writeStringField("label", l.label().code());
                g.writeNumberField("confidence", Math.round(l.confidence() * 10000) / 10000.0);
                g.writeStringField("language", l.language().code());
                g.writeStringField("block", l.block().code());
            });
        }

        @Override
        public void end(Batch.Document doc, Page page, Language dominant) {
            if (format == Format.tsv) {
                blankLinesUpTo(page.lines().size() + 1);
            }
        }

        private void blankLinesUpTo(int number) {
            for (; next < number; next++) {
                out.print('\n');
            }
        }
    }
}
