package dev.linesift.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class PushedIteratorTest {
    @Test
    void givesEveryItemInOrderThenEnds() {
        try (PushedIterator<Integer> it = new PushedIterator<>("t", 4, () -> false, sink -> {
            for (int i = 0; i < 1000; i++) {
                sink.accept(i);
            }
        })) {
            List<Integer> got = new ArrayList<>();
            it.forEachRemaining(got::add);
            assertEquals(1000, got.size());
            for (int i = 0; i < 1000; i++) {
                assertEquals(i, got.get(i));
            }
            assertFalse(it.hasNext());
        }
    }

    @Test
    void theProducerWaitsOnceCapacityItemsWait() throws InterruptedException {
        AtomicInteger pushed = new AtomicInteger();
        try (PushedIterator<Integer> it = new PushedIterator<>("t", 3, () -> false, sink -> {
            for (int i = 0; i < 100; i++) {
                sink.accept(i);
                pushed.incrementAndGet();
            }
        })) {
            Thread.sleep(300);
            assertEquals(3, pushed.get());
            assertEquals(0, it.next());
            Thread.sleep(300);
            assertEquals(4, pushed.get());
        }
    }

    @Test
    void aFailureComesAfterTheItemsBeforeIt() {
        IOException cause = new IOException("connection reset");
        try (PushedIterator<String> it = new PushedIterator<>("t", 2, () -> false, sink -> {
            sink.accept("a");
            sink.accept("b");
            throw new UncheckedIOException(cause);
        })) {
            assertEquals("a", it.next());
            assertEquals("b", it.next());
            UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
            assertSame(cause, e.getCause());
            assertFalse(it.hasNext());
        }
        try (PushedIterator<String> it = new PushedIterator<>("t", 2, () -> false, sink -> {
            throw new IOException("checked");
        })) {
            IllegalStateException e = assertThrows(IllegalStateException.class, it::hasNext);
            assertTrue(e.getCause() instanceof IOException);
        }
    }

    @Test
    void closingStopsTheProducer() throws InterruptedException {
        AtomicBoolean stoppedByClose = new AtomicBoolean();
        PushedIterator<Integer> it = new PushedIterator<>("t", 2, () -> false, sink -> {
            try {
                for (int i = 0; ; i++) {
                    sink.accept(i);
                }
            } catch (PushedIterator.Closed c) {
                stoppedByClose.set(true);
                throw c;
            }
        });
        assertEquals(0, it.next());
        it.close();
        assertTrue(it.awaitProducer(5000));
        assertTrue(stoppedByClose.get());
        it.close();
    }

    @Test
    void aKilledTaskStopsWaiting() throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        PushedIterator<Integer> it = new PushedIterator<>("t", 2, killed::get, sink -> {
            Thread.sleep(60_000);
        });
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            killed.set(true);
        });
        killer.start();
        assertThrows(PushedIterator.Cancelled.class, it::hasNext);
        // The sleeping producer was interrupted.
        assertTrue(it.awaitProducer(5000));
    }
}
