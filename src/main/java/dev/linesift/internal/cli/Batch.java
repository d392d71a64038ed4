package dev.linesift.internal.cli;

import dev.linesift.InputFormat;
import dev.linesift.LabeledLine;
import dev.linesift.Language;
import dev.linesift.LineSift;
import dev.linesift.LineSiftException;
import dev.linesift.internal.ApiAccess;
import dev.linesift.internal.input.DocumentReader;
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

/**
 * Runs a detector over a command's inputs and hands each input's labeled lines to the command's
 * printer, in input order. With one thread each line goes to the printer as soon as its segment
 * is labeled; with more, inputs are labeled in parallel and printed in order, at most two per
 * thread in flight, which bounds memory. A failing input is reported on stderr with its name and
 * cause, and the batch goes on; the exit code says whether anything failed.
 */
final class Batch {
    /** Receives one input's page and its labeled lines, in order. */
    interface Printer {
        void begin(Inputs.Input input, Page page);

        void line(LabeledLine line);

        void end(Inputs.Input input, Page page, Language dominant);
    }

    /** One input's result, labeled on a worker and printed on the calling thread. */
    private record Outcome(Inputs.Input input, Page page, List<LabeledLine> lines, Language dominant, String error) {
    }

    private Batch() {
    }

    static int run(LineSift sift, List<Inputs.Input> inputs, InputFormat format, PrintWriter out, PrintWriter err,
                   boolean quiet, Printer printer, int threads) {
        Progress progress = new Progress(err, inputs.size(), !quiet);
        boolean failed = threads <= 1 || inputs.size() <= 1
                ? sequential(sift, inputs, format, out, printer, progress)
                : parallel(sift, inputs, format, out, printer, progress, threads);
        progress.finish();
        out.flush();
        return failed ? 1 : 0;
    }

    private static boolean sequential(LineSift sift, List<Inputs.Input> inputs, InputFormat format, PrintWriter out,
                                      Printer printer, Progress progress) {
        boolean failed = false;
        DocumentReader reader = ApiAccess.get().pipeline(sift).reader();
        for (Inputs.Input input : inputs) {
            String error = attempt(input, () -> {
                Page page = read(reader, input, format);
                printer.begin(input, page);
                Language dominant = ApiAccess.get().label(sift, page, printer::line);
                printer.end(input, page, dominant);
                out.flush();
            });
            failed |= report(error, progress);
        }
        return failed;
    }

    private static boolean parallel(LineSift sift, List<Inputs.Input> inputs, InputFormat format, PrintWriter out,
                                    Printer printer, Progress progress, int threads) {
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
                if (inFlight.size() >= 2 * threads) {
                    failed |= print(inFlight.removeFirst(), out, printer, progress);
                }
                inFlight.addLast(pool.submit(() -> label(sift, reader, input, format)));
            }
            while (!inFlight.isEmpty()) {
                failed |= print(inFlight.removeFirst(), out, printer, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    private static Outcome label(LineSift sift, DocumentReader reader, Inputs.Input input, InputFormat format) {
        Page[] page = new Page[1];
        List<LabeledLine> lines = new ArrayList<>();
        Language[] dominant = {Language.UNKNOWN};
        String error = attempt(input, () -> {
            page[0] = read(reader, input, format);
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
            // label() catches what an input can throw; anything else is a bug worth its trace.
            throw new IllegalStateException(e.getCause());
        }
        if (o.error() == null) {
            printer.begin(o.input(), o.page());
            o.lines().forEach(printer::line);
            printer.end(o.input(), o.page(), o.dominant());
            out.flush();
        }
        return report(o.error(), progress);
    }

    private static Page read(DocumentReader reader, Inputs.Input input, InputFormat format) {
        return input.isStdin() ? reader.read(System.in, "-", format) : reader.read(input.path(), input.source(), format);
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
}
