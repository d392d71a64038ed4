package dev.linesift.cli;

import dev.linesift.LabeledPage;
import dev.linesift.LineSift;
import dev.linesift.LineSiftException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs a detector over a command's inputs in order. A failing input is reported on stderr with
 * its name and cause, and the batch goes on; the exit code says whether anything failed.
 */
final class Batch {
    private Batch() {
    }

    static int run(LineSift sift, List<Inputs.Input> inputs, PrintWriter out, PrintWriter err, boolean quiet,
                   BiConsumer<Inputs.Input, LabeledPage> printer) {
        Progress progress = new Progress(err, inputs.size(), !quiet);
        boolean failed = false;
        for (Inputs.Input input : inputs) {
            try {
                LabeledPage page = input.isStdin() ? sift.label(System.in, "-") : sift.label(input.path(), input.source());
                printer.accept(input, page);
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
