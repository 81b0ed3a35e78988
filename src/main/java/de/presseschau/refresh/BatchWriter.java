package de.presseschau.refresh;

import de.presseschau.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a refresh's database writes on one thread, everything that is waiting (and what comes within a moment) in one
 * transaction. Every commit reaches the file before it returns (crash safety), and H2 writes a chunk per commit whose
 * cost grows with the file, so one commit per feed and per page made the disk, not the network, set the pace; writes
 * from many threads also queued for H2's store lock. A write that fails in a batch is tried again alone, so it takes
 * no other with it.
 */
final class BatchWriter implements AutoCloseable {

    /** At most this many writes per transaction, and at most twice as many waiting: memory stays bounded. */
    private static final int BATCH = 100;
    /** How long a batch waits at most for the next write, and for more writes in all. */
    private static final Duration GAP = Duration.ofMillis(5);
    private static final Duration WINDOW = Duration.ofMillis(50);

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    /** One write and its result once committed. */
    private static final class Write<T> {
        final Supplier<T> work;
        final CompletableFuture<T> done = new CompletableFuture<>();
        T result;

        Write(Supplier<T> work) {
            this.work = work;
        }

        void run() {
            result = work.get();
        }

        /** Called after the commit only: nobody may act on a write that could still be rolled back. */
        void committed() {
            done.complete(result);
        }

        void runAlone(ArticleStore store) {
            try {
                store.inOneTransaction(this::run);
                committed();
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }
    }

    private final ArticleStore store;
    private final long gapNanos;
    private final long windowNanos;
    private final BlockingQueue<Write<?>> waiting = new ArrayBlockingQueue<>(2 * BATCH);
    private final Thread thread;
    private volatile boolean closing;

    BatchWriter(ArticleStore store) {
        this(store, GAP, WINDOW);
    }

    /** {@code gap}: how long a batch waits for the next write; {@code window}: for all of them. */
    BatchWriter(ArticleStore store, Duration gap, Duration window) {
        this.store = store;
        this.gapNanos = gap.toNanos();
        this.windowNanos = window.toNanos();
        this.thread = new Thread(this::writeUntilClosed, "refresh-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs {@code work} with the next batch and returns its result once it is committed, so what a caller reports
     * as done is on disk; rethrows its failure.
     */
    <T> T call(Supplier<T> work) {
        Write<T> write = new Write<>(work);
        try {
            waiting.put(write);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing over a database write", e);
        }
        try {
            return write.done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void writeUntilClosed() {
        List<Write<?>> batch = new ArrayList<>(BATCH);
        while (true) {
            Write<?> first;
            try {
                first = waiting.poll(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                refuseUnwritten(batch);
                return;
            }
            if (first == null) {
                if (closing && waiting.isEmpty()) {
                    return;
                }
                continue;
            }
            batch.add(first);
            waiting.drainTo(batch, BATCH - 1);
            if (!gatherMore(batch)) {
                refuseUnwritten(batch);
                return;
            }
            write(batch);
            batch.clear();
        }
    }

    /**
     * Only close() interrupts, once the caller gave up waiting; unwritten work is redone by the next refresh. Whoever
     * still waits for a write is told, rather than left waiting for ever.
     */
    private void refuseUnwritten(List<Write<?>> gathered) {
        List<Write<?>> unwritten = new ArrayList<>(gathered);
        waiting.drainTo(unwritten);
        unwritten.forEach(write -> write.done.completeExceptionally(
                new IllegalStateException("The refresh stopped before this write")));
    }

    /**
     * Waits a moment for more writes while they keep coming: every commit writes the changed pages of the database
     * anew, so a busy refresh costs less the more writes share one. A lone write waits one gap. Returns false when
     * interrupted.
     */
    private boolean gatherMore(List<Write<?>> batch) {
        long deadline = System.nanoTime() + windowNanos;
        while (batch.size() < BATCH) {
            long left = Math.min(gapNanos, deadline - System.nanoTime());
            if (left <= 0) {
                return true;
            }
            Write<?> next;
            try {
                next = waiting.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return false;
            }
            if (next == null) {
                return true;
            }
            batch.add(next);
            waiting.drainTo(batch, BATCH - batch.size());
        }
        return true;
    }

    private void write(List<Write<?>> batch) {
        try {
            store.inOneTransaction(() -> batch.forEach(Write::run));
        } catch (RuntimeException e) {
            log.warn("A batch of {} database writes failed; writing them one by one", batch.size(), e);
            batch.forEach(write -> write.runAlone(store));
            return;
        }
        batch.forEach(Write::committed);
    }

    /** Returns once every write handed over is done. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
        }
    }
}
