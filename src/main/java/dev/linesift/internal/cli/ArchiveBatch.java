package dev.linesift.internal.cli;

import dev.linesift.ArchiveSummary;
import dev.linesift.CrawlRecord;
import dev.linesift.LineSift;
import dev.linesift.LineSiftException;
import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.input.ArchiveReader;
import dev.linesift.internal.lines.Page;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Labels the documents of one crawl archive through a command's printer, one at a time. A record
 * that fails is one line on stderr (the archive, the record's byte offset and the cause) and the
 * archive goes on; unless quiet, one line at the end counts the documents and the records skipped,
 * by kind.
 */
final class ArchiveBatch implements ArchiveReader.Sink {
    private final LineSift sift;
    private final Batch.Printer printer;
    private final Progress progress;
    private final PrintWriter out;
    private final boolean quiet;
    private String source = "";
    private boolean failed;

    ArchiveBatch(LineSift sift, Batch.Printer printer, Progress progress, PrintWriter out, boolean quiet) {
        this.sift = sift;
        this.printer = printer;
        this.progress = progress;
        this.out = out;
        this.quiet = quiet;
    }

    /** Reads the archive ({@code stdin} if not null, else the input's file); true if any record failed. */
    boolean run(Inputs.Input input, InputStream stdin) {
        source = input.source();
        ArchiveReader reader = new ArchiveReader(ApiAccess.get().pipeline(sift).reader());
        ArchiveSummary summary = stdin != null ? reader.read(stdin, source, this) : reader.read(input.path(), source, this);
        if (!quiet) {
            progress.message("linesift: " + source + ": " + describe(summary));
        }
        return failed;
    }

    @Override
    public void document(CrawlRecord record, long offset, Page page) {
        try {
            Batch.label(sift, new Batch.Document(page.source(), Optional.of(record)), page, printer);
            out.flush();
        } catch (RuntimeException | StackOverflowError e) {
            failed = true;
            progress.message("linesift: " + source + ": record at byte " + offset + ": unexpected error: " + Console.oneLine(e));
        }
    }

    @Override
    public void failed(long offset, CrawlRecord record, LineSiftException error) {
        failed = true;
        progress.message("linesift: " + Console.oneLine(error));
    }

    /** "12 documents labeled, 1 failed; skipped 1 warcinfo, 12 request, 3 not-200". */
    static String describe(ArchiveSummary summary) {
        StringBuilder s = new StringBuilder();
        s.append(summary.labeled()).append(summary.labeled() == 1 ? " document" : " documents").append(" labeled");
        if (summary.failed() > 0) {
            s.append(", ").append(summary.failed()).append(" failed");
        }
        List<String> kinds = new ArrayList<>();
        summary.skipped().forEach((kind, n) -> kinds.add(n + " " + kind.code()));
        s.append(kinds.isEmpty() ? "; none skipped" : "; skipped " + String.join(", ", kinds));
        return s.toString();
    }
}
