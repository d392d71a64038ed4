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
import java.util.List;

/**
 * Runs a detector over a command's inputs in order, handing each labeled line to the command's
 * printer as soon as its segment is labeled. A failing input is reported on stderr with its name
 * and cause, and the batch goes on; the exit code says whether anything failed.
 */
final class Batch {
    /** Receives one input's page and its labeled lines, in order. */
    interface Printer {
        void begin(Inputs.Input input, Page page);

        void line(LabeledLine line);

        void end(Inputs.Input input, Page page, Language dominant);
    }

    private Batch() {
    }

    static int run(LineSift sift, List<Inputs.Input> inputs, InputFormat format, PrintWriter out, PrintWriter err,
                   boolean quiet, Printer printer) {
        Progress progress = new Progress(err, inputs.size(), !quiet);
        boolean failed = false;
        DocumentReader reader = ApiAccess.get().pipeline(sift).reader();
        for (Inputs.Input input : inputs) {
            try {
                Page page = input.isStdin() ? reader.read(System.in, "-", format) : reader.read(input.path(), input.source(), format);
                printer.begin(input, page);
                Language dominant = ApiAccess.get().label(sift, page, printer::line);
                printer.end(input, page, dominant);
                out.flush();
            } catch (LineSiftException e) {
                failed = true;
                progress.message("linesift: " + Console.oneLine(e));
            } catch (RuntimeException | StackOverflowError e) {
                failed = true;
                progress.message("linesift: " + input.source() + ": unexpected error: " + Console.oneLine(e));
            } catch (OutOfMemoryError e) {
                failed = true;
                progress.message("linesift: " + input.source() + ": not enough memory for this input");
            }
            progress.step();
        }
        progress.finish();
        out.flush();
        return failed ? 1 : 0;
    }
}
