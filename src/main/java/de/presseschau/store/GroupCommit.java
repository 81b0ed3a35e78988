package de.presseschau.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Writes changes that arrive at once in one transaction, as databases commit their logs: each caller waits until its
 * change is committed, so it sees it and it survives a crash, but a commit (H2 writes a chunk of the file for each)
 * and the bookkeeping around it are paid once for all who came while the one before was being written. No thread of
 * its own: the first waiting caller whose change is not yet written writes everything that waits.
 *
 * @param <T> one change
 * @param <R> what the write says of it
 */
final class GroupCommit<T, R> {

    /** Writes the changes in one transaction; answers one result per change, in their order. */
    private final Function<List<T>, List<R>> write;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private List<Waiting<T, R>> waiting = new ArrayList<>();
    private boolean writing;

    GroupCommit(Function<List<T>, List<R>> write) {
        this.write = write;
    }

    private static final class Waiting<T, R> {
        final T change;
        boolean done;
        R result;
        Throwable failure;

        Waiting(T change) {
            this.change = change;
        }
    }

    /** Commits {@code change}, with whatever else waits, and returns what the write said of it. */
    R submit(T change) {
        Waiting<T, R> mine = new Waiting<>(change);
        List<Waiting<T, R>> batch;
        lock.lock();
        try {
            waiting.add(mine);
            // Waits are as short as one commit, so an interrupt is left for the caller's next blocking call.
            while (writing && !mine.done) {
                written.awaitUninterruptibly();
            }
            if (mine.done) {
                return outcome(mine);
            }
            writing = true;
            batch = waiting;
            waiting = new ArrayList<>();
        } finally {
            lock.unlock();
        }
        List<R> results;
        try {
            results = write.apply(batch.stream().map(w -> w.change).toList());
            if (results.size() != batch.size()) {
                throw new IllegalStateException(results.size() + " results for " + batch.size() + " changes");
            }
        } catch (Throwable e) {
            // Whatever happens, the waiting callers are told and the next write may begin; else every later one hangs.
            finish(batch, null, e);
            throw e;
        }
        finish(batch, results, null);
        return mine.result;
    }

    private void finish(List<Waiting<T, R>> batch, List<R> results, Throwable failure) {
        lock.lock();
        try {
            for (int i = 0; i < batch.size(); i++) {
                Waiting<T, R> w = batch.get(i);
                w.done = true;
                w.result = failure == null ? results.get(i) : null;
                w.failure = failure;
            }
            writing = false;
            written.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many changes wait for the next write. */
    int queued() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** What the write said of a change another caller wrote; its failure as this caller's own exception. */
    private static <R> R outcome(Waiting<?, R> waiting) {
        if (waiting.failure != null) {
            throw new IllegalStateException("Die Änderung wurde nicht gespeichert: " + waiting.failure.getMessage(),
                    waiting.failure);
        }
        return waiting.result;
    }
}
