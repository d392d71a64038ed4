package dev.linesift.internal.cli;

import dev.linesift.LabeledLine;
import dev.linesift.Language;
import dev.linesift.LineSift;
import dev.linesift.LineSiftException;
import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.lines.Page;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Labels documents (files, or the records of a crawl archive) and hands them to the printer in
 * the order they were added. With one thread each document is read and labeled on the calling
 * thread and its lines stream to the printer as segments are done; with more, documents are
 * read and labeled on a pool and printed in order, at most two per thread in flight, which
 * bounds memory. A failure is one line on stderr, and the rest goes on.
 */
final class OrderedLabeling implements AutoCloseable {
    /** One document's result, labeled on a worker and printed on the calling thread. */
    private record Outcome(Batch.Document document, Page page, List<LabeledLine> lines, Language dominant,
                           String error, boolean step) {
    }

    private final LineSift sift;
    private final Batch.Printer printer;
    private final PrintWriter out;
    private final Progress progress;
    private final int threads;
    private final ExecutorService pool;
    private final Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    private boolean failed;

    OrderedLabeling(LineSift sift, Batch.Printer printer, PrintWriter out, Progress progress, int threads) {
        this.sift = sift;
        this.printer = printer;
        this.out = out;
        this.progress = progress;
        this.threads = threads;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "linesift-batch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Adds a document: {@code read} gives its page (on a worker when there are several threads),
     * {@code name} names it in error lines, and {@code step} moves the progress bar once it is out.
     */
    void add(Batch.Document document, Supplier<Page> read, String name, boolean step) {
        if (pool == null) {
            String error = attempt(name, () -> {
                Page page = read.get();
                printer.begin(document, page);
                Language dominant = ApiAccess.get().label(sift, page, printer::line);
                printer.end(document, page, dominant);
                out.flush();
            });
            report(error, step);
            return;
        }
        if (inFlight.size() >= 2 * threads) {
            print(inFlight.removeFirst());
        }
        inFlight.addLast(pool.submit(() -> label(document, read, name, step)));
    }

    /** Prints everything added so far. */
    void drain() {
        while (!inFlight.isEmpty()) {
            print(inFlight.removeFirst());
        }
    }

    /** Whether any document failed, or {@link #fail} was called. */
    boolean failed() {
        return failed;
    }

    /** Reports a failure that happened outside a document (an unreadable archive, a damaged record). */
    void fail(String line, boolean step) {
        drain();
        report(line, step);
    }

    /** Moves the progress bar for an input whose documents are all out. */
    void step() {
        drain();
        progress.step();
    }

    private Outcome label(Batch.Document document, Supplier<Page> read, String name, boolean step) {
        Page[] page = new Page[1];
        List<LabeledLine> lines = new ArrayList<>();
        Language[] dominant = {Language.UNKNOWN};
        String error = attempt(name, () -> {
            page[0] = read.get();
            dominant[0] = ApiAccess.get().label(sift, page[0], lines::add);
        });
        return new Outcome(document, page[0], lines, dominant[0], error, step);
    }

    private void print(Future<Outcome> future) {
        Outcome o;
        try {
            o = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // label() catches what a document can throw; anything else is a bug worth its trace.
            throw new IllegalStateException(e.getCause());
        }
        if (o.error() == null) {
            printer.begin(o.document(), o.page());
            o.lines().forEach(printer::line);
            printer.end(o.document(), o.page(), o.dominant());
            out.flush();
        }
        report(o.error(), o.step());
    }

    /** Runs one document's work; the one-line error, or null when it went well. */
    private static String attempt(String name, Runnable work) {
        try {
            work.run();
            return null;
        } catch (LineSiftException e) {
            return "linesift: " + Console.oneLine(e);
        } catch (RuntimeException | StackOverflowError e) {
            return "linesift: " + name + ": unexpected error: " + Console.oneLine(e);
        } catch (OutOfMemoryError e) {
            return "linesift: " + name + ": not enough memory for this input";
        }
    }

    private void report(String error, boolean step) {
        if (error != null) {
            failed = true;
            progress.message(error);
        }
        if (step) {
            progress.step();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
