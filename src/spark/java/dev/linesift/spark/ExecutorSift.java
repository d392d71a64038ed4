package dev.linesift.spark;

import dev.linesift.LineSift;

/**
 * The one {@link LineSift} of this JVM (on a cluster: of this executor), built on first use.
 *
 * <p>Why a static holder: building a {@code LineSift} loads the model and Lingua's n-gram models
 * (a second or two, and most of its ~110 MB of heap), and one instance is thread-safe, so all the
 * task threads of an executor (one per core) share it. It cannot travel with the task either:
 * Spark serializes a task's function for every task, and {@code LineSift} is not serializable
 * (nor worth sending: every executor can build it from the model inside the job's jar). A static
 * field lives as long as the class loader that loaded the job's jar, that is, the executor.
 * It is never closed: its parsing threads are daemon threads, and end with the executor.
 */
final class ExecutorSift {
    private static volatile LineSift sift;

    private ExecutorSift() {
    }

    static LineSift get() {
        LineSift s = sift;
        if (s == null) {
            synchronized (ExecutorSift.class) {
                s = sift;
                if (s == null) {
                    s = LineSift.create();
                    sift = s;
                }
            }
        }
        return s;
    }
}
