package dev.linesift.internal.cli;

import dev.linesift.CrawlRecord;
import dev.linesift.InputFormat;
import dev.linesift.LabeledLine;
import dev.linesift.Language;
import dev.linesift.LineSift;
import dev.linesift.LineSiftException;
import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.input.ArchiveReader;
import dev.linesift.internal.input.DocumentReader;
import dev.linesift.internal.lines.Page;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a detector over a command's inputs and hands each document's labeled lines to the command's
 * printer, in input order. With one thread each line goes to the printer as soon as its segment
 * is labeled; with more, inputs are labeled in parallel and printed in order, at most two per
 * thread in flight, which bounds memory. A crawl archive (WARC or WET, told by its name or its
 * first bytes, unless the input format is forced) is read as a series of documents
 * ({@link ArchiveBatch}), on the calling thread, once the inputs before it are printed; so is
 * standard input. A failing input or record is reported on stderr with its name and cause, and
 * the batch goes on; the exit code says whether anything failed.
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

    /** One input's result, labeled on a worker and printed on the calling thread. */
    private record Outcome(Inputs.Input input, Page page, List<LabeledLine> lines, Language dominant, String error) {
    }

    private static final int SNIFF_BYTES = 4096;

    private Batch() {
    }

    static int run(LineSift sift, List<Inputs.Input> inputs, InputFormat format, PrintWriter out, PrintWriter err,
                   boolean quiet, Printer printer, int threads) {
        Progress progress = new Progress(err, inputs.size(), !quiet);
        boolean failed = threads <= 1 || inputs.size() <= 1
                ? sequential(sift, inputs, format, out, printer, progress, quiet)
                : parallel(sift, inputs, format, out, printer, progress, quiet, threads);
        progress.finish();
        out.flush();
        return failed ? 1 : 0;
    }

    private static boolean sequential(LineSift sift, List<Inputs.Input> inputs, InputFormat format, PrintWriter out,
                                      Printer printer, Progress progress, boolean quiet) {
        boolean failed = false;
        for (Inputs.Input input : inputs) {
            failed |= inPlace(sift, input, format, out, printer, progress, quiet);
        }
        return failed;
    }

    /**
     * Labels one input on the calling thread, its lines going to the printer as they are labeled:
     * a crawl archive document by document, anything else as one document. True if it, or any
     * record of it, failed.
     */
    private static boolean inPlace(LineSift sift, Inputs.Input input, InputFormat format, PrintWriter out,
                                   Printer printer, Progress progress, boolean quiet) {
        DocumentReader reader = ApiAccess.get().pipeline(sift).reader();
        boolean[] recordFailed = {false};
        String error = attempt(input, () -> {
            InputStream stdin = input.isStdin() ? new BufferedInputStream(System.in) : null;
            boolean archive = format == InputFormat.AUTO
                    && (stdin != null ? startsAsArchive(stdin) : ArchiveReader.isArchive(input.path()));
            if (archive) {
                recordFailed[0] = new ArchiveBatch(sift, printer, progress, out, quiet).run(input, stdin);
            } else {
                Page page = stdin != null ? reader.read(stdin, "-", format) : reader.read(input.path(), input.source(), format);
                label(sift, new Document(input.source(), Optional.empty()), page, printer);
            }
            out.flush();
        });
        boolean failed = report(error, progress);
        return failed || recordFailed[0];
    }

    private static boolean parallel(LineSift sift, List<Inputs.Input> inputs, InputFormat format, PrintWriter out,
                                    Printer printer, Progress progress, boolean quiet, int threads) {
        boolean failed = false;
        DocumentReader reader = ApiAccess.get().pipeline(sift).reader();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "linesift-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            for (Inputs.Input input : inputs) {
                if (input.isStdin() || (format == InputFormat.AUTO && ArchiveReader.isArchive(input.path()))) {
                    // Streamed on this thread, in its place in the output.
                    while (!inFlight.isEmpty()) {
                        failed |= print(inFlight.removeFirst(), out, printer, progress);
                    }
                    failed |= inPlace(sift, input, format, out, printer, progress, quiet);
                    continue;
                }
                if (inFlight.size() >= 2 * threads) {
                    failed |= print(inFlight.removeFirst(), out, printer, progress);
                }
                inFlight.addLast(pool.submit(() -> labelAside(sift, reader, input, format)));
            }
            while (!inFlight.isEmpty()) {
                failed |= print(inFlight.removeFirst(), out, printer, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    private static Outcome labelAside(LineSift sift, DocumentReader reader, Inputs.Input input, InputFormat format) {
        Page[] page = new Page[1];
        List<LabeledLine> lines = new ArrayList<>();
        Language[] dominant = {Language.UNKNOWN};
        String error = attempt(input, () -> {
            page[0] = reader.read(input.path(), input.source(), format);
            dominant[0] = ApiAccess.get().label(sift, page[0], lines::add);
        });
        return new Outcome(input, page[0], lines, dominant[0], error);
    }

    private static boolean print(Future<Outcome> future, PrintWriter out, Printer printer, Progress progress) {
        Outcome o;
        try {
            o = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // labelAside() catches what an input can throw; anything else is a bug worth its trace.
            throw new IllegalStateException(e.getCause());
        }
        if (o.error() == null) {
            Document document = new Document(o.input().source(), Optional.empty());
            printer.begin(document, o.page());
            o.lines().forEach(printer::line);
            printer.end(document, o.page(), o.dominant());
            out.flush();
        }
        return report(o.error(), progress);
    }

    /** Labels one document through the printer. */
    static void label(LineSift sift, Document document, Page page, Printer printer) {
        printer.begin(document, page);
        Language dominant = ApiAccess.get().label(sift, page, printer::line);
        printer.end(document, page, dominant);
    }

    /** Runs one input's work; the one-line error, or null when it went well. */
    private static String attempt(Inputs.Input input, Runnable work) {
        try {
            work.run();
            return null;
        } catch (LineSiftException e) {
            return "linesift: " + Console.oneLine(e);
        } catch (RuntimeException | StackOverflowError e) {
            return "linesift: " + input.source() + ": unexpected error: " + Console.oneLine(e);
        } catch (OutOfMemoryError e) {
            return "linesift: " + input.source() + ": not enough memory for this input";
        }
    }

    private static boolean report(String error, Progress progress) {
        if (error != null) {
            progress.message(error);
        }
        progress.step();
        return error != null;
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
