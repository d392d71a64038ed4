package dev.linesift.internal.cli;

import dev.linesift.CrawlRecord;
import dev.linesift.InputFormat;
import dev.linesift.LabeledLine;
import dev.linesift.Language;
import dev.linesift.LineSift;
import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.input.ArchiveReader;
import dev.linesift.internal.input.DocumentReader;
import dev.linesift.internal.lines.Page;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Runs a detector over a command's inputs and hands every document's labeled lines to the
 * command's printer, in input order ({@link OrderedLabeling}: one thread streams, more label in
 * parallel). A crawl archive (WARC or WET, told by its name or its first bytes, unless the input
 * format is forced) is read as a series of documents ({@link ArchiveBatch}). A failing input or
 * record is reported on stderr with its name and cause, and the batch goes on; the exit code says
 * whether anything failed.
 */
final class Batch {
    /** One document: its name, and the crawl record it came from if it came from an archive. */
    record Document(String source, Optional<CrawlRecord> crawl) {
    }

    /** Receives one document's page and its labeled lines, in order. */
    interface Printer {
        void begin(Document document, Page page);

        void line(LabeledLine line);

        void end(Document document, Page page, Language dominant);
    }

    private static final int SNIFF_BYTES = 4096;

    private Batch() {
    }

    static int run(LineSift sift, List<Inputs.Input> inputs, InputFormat format, PrintWriter out, PrintWriter err,
                   boolean quiet, Printer printer, int threads) {
        Progress progress = new Progress(err, inputs.size(), !quiet);
        DocumentReader reader = ApiAccess.get().pipeline(sift).reader();
        boolean failed;
        try (OrderedLabeling labeling = new OrderedLabeling(sift, printer, out, progress, threads)) {
            for (Inputs.Input input : inputs) {
                InputStream stdin = input.isStdin() ? new BufferedInputStream(System.in) : null;
                boolean archive = format == InputFormat.AUTO
                        && (stdin != null ? startsAsArchive(stdin) : ArchiveReader.isArchive(input.path()));
                if (archive) {
                    new ArchiveBatch(sift, labeling, progress, quiet).run(input, stdin);
                    labeling.step();
                } else {
                    labeling.add(new Document(input.source(), Optional.empty()),
                            () -> stdin != null ? reader.read(stdin, "-", format) : reader.read(input.path(), input.source(), format),
                            input.source(), true);
                }
            }
            labeling.drain();
            failed = labeling.failed();
        }
        progress.finish();
        out.flush();
        return failed ? 1 : 0;
    }

    /** Whether standard input starts as a crawl archive; the bytes looked at are read again. */
    private static boolean startsAsArchive(InputStream in) {
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            return ArchiveReader.looksLikeArchive(head);
        } catch (IOException e) {
            // Reading it as a document reports the error.
            return false;
        }
    }
}
