package dev.linesift.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Turns a producer that pushes items into a sink ({@code LineSift.labelArchive} hands each
 * document of an archive to a {@code Consumer}) into the {@link Iterator} that Spark pulls a
 * partition's rows from, without holding the file's results in memory: the producer runs on a
 * thread of its own and blocks once {@code capacity} items wait, so a task holds at most that many
 * rows, however many documents the file has.
 *
 * <p>A failure of the producer is thrown by {@link #hasNext()} once the items before it have been
 * taken. {@link #close()} (called when the Spark task ends, whichever way) stops the producer: its
 * next hand-over throws, and its thread is interrupted.
 *
 * @param <T> the items
 */
final class PushedIterator<T> implements Iterator<T>, AutoCloseable {
    /** The work that pushes items; it returns when it has pushed them all. */
    @FunctionalInterface
    interface Producer<T> {
        void run(Consumer<T> sink) throws Exception;
    }

    /** Thrown into the producer once the consumer has gone. */
    static final class Closed extends RuntimeException {
        Closed() {
            super("the consumer stopped reading", null, false, false);
        }
    }

    private static final Object END = new Object();

    private record Failure(Throwable error) {
    }

    private final BlockingQueue<Object> queue;
    private final BooleanSupplier cancelled;
    private final Thread thread;
    private volatile boolean closed;
    private Object next;
    private boolean done;

    /**
     * Starts the producer on a daemon thread, which inherits this thread's context class loader
     * (Spark's task class loader, which loads the job's jar).
     *
     * @param name      the producer thread's name
     * @param capacity  the most items waiting between producer and consumer
     * @param cancelled polled while waiting: true once the consumer's task was killed
     * @param producer  the work
     */
    PushedIterator(String name, int capacity, BooleanSupplier cancelled, Producer<T> producer) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.cancelled = cancelled;
        this.thread = new Thread(() -> produce(producer), name);
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
    }

    private void produce(Producer<T> producer) {
        Object last = END;
        try {
            producer.run(this::put);
        } catch (Closed c) {
            return;
        } catch (Throwable t) {
            if (closed) {
                return;
            }
            last = new Failure(t);
        }
        try {
            while (!closed && !queue.offer(last, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is slow or gone; close() ends the wait
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    private void put(T item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Closed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Closed();
        }
        if (closed) {
            throw new Closed();
        }
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        Object o;
        try {
            o = queue.poll(200, TimeUnit.MILLISECONDS);
            while (o == null) {
                if (cancelled.getAsBoolean() || closed) {
                    close();
                    throw new Cancelled();
                }
                o = queue.poll(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
        if (o == END) {
            done = true;
            return false;
        }
        if (o instanceof Failure f) {
            done = true;
            close();
            throw rethrow(f.error());
        }
        next = o;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }

    /** Stops the producer (if it is still running) and drops what it has queued. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (thread != Thread.currentThread()) {
            thread.interrupt();
        }
        queue.clear();
    }

    /** Waits for the producer's thread to end; for tests. */
    boolean awaitProducer(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t.getMessage(), t);
    }

    /** Thrown to the consumer when its task was killed or the iterator closed while it waited. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("reading stopped: the task was killed or the iterator closed");
        }
    }
}
