package dev.linesift.internal.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for batches of more than one input, redrawn at most a few
 * times a second. Messages (errors) are printed on lines of their own, above the bar.
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && (done == total || now - lastDraw > 200_000_000L)) {
            lastDraw = now;
            int filled = (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
            drawn = true;
        }
    }

    void message(String line) {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
        }
        err.println(line);
        err.flush();
        drawn = false;
        lastDraw = 0;
    }

    void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
