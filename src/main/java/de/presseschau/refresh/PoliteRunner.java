package de.presseschau.refresh;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a refresh's work of one or more kinds (feeds, article pages) at once, each kind on its own threads: at most
 * {@code perHost} requests at once to any one host, all kinds together; at most each kind's own bound; at most
 * {@code total} in all. Hosts take turns, and so do the kinds while both have work, so a long run of items from one
 * outlet neither hammers it nor holds up the others, and pages are fetched while feeds still are. A task that says
 * its requests are over frees its slot for the next request while it goes on (storing what it fetched).
 */
final class PoliteRunner {

    /**
     * Where a kind's items come from. {@link #take} and {@link #hasNews} are called by the dispatching thread only;
     * what they answer may change through the workers (a feed stored brings pages).
     */
    interface Source<T> {

        /** Items ready now, given that {@code queued} of this kind still wait to start; may be empty. */
        List<T> take(int queued);

        /** Whether {@link #take} would look for items now, so the dispatcher must not wait for a worker first. */
        boolean hasNews(int queued);

        /** No item will come any more. */
        boolean isFinished();

        /** A fixed list, all ready at once. */
        static <T> Source<T> of(List<T> items) {
            return new Source<>() {
                private boolean taken;

                @Override
                public List<T> take(int queued) {
                    if (taken) {
                        return List.of();
                    }
                    taken = true;
                    return items;
                }

                @Override
                public boolean hasNews(int queued) {
                    return !taken;
                }

                @Override
                public boolean isFinished() {
                    return taken;
                }
            };
        }
    }

    /** The work on one item; it calls {@code requestsDone} once it will make no more requests (at most once counts). */
    interface Task<T> {
        void run(T item, Runnable requestsDone);
    }

    /**
     * One kind of work: its name (its threads are named after it), how many of its requests may run at once, where its
     * items come from, the URL whose host each counts against, and the task. A task that throws fails the whole run.
     */
    record Lane<T>(String name, int bound, Source<T> source, Function<T, String> urlOf, Task<T> task) {

        /** A task whose requests count as running until it ends. */
        Lane(String name, int bound, Source<T> source, Function<T, String> urlOf, Consumer<T> task) {
            this(name, bound, source, urlOf, (item, requestsDone) -> task.accept(item));
        }
    }

    /**
     * Threads per request slot of a lane: a task past its requests (extracting a page, waiting for the writer to commit
     * what it brought) keeps its thread, and the next request starts on another meanwhile. Holding the slot instead
     * kept the bench at 370-550 pages a second where 64 slots of 100 ms allow 640, and feeds waiting for the writer
     * took the slots of pages.
     */
    private static final int THREADS_PER_SLOT = 2;

    private final int total;
    private final int perHost;

    PoliteRunner(int total, int perHost) {
        this.total = Math.max(1, total);
        this.perHost = Math.max(1, perHost);
    }

    /** The lower-case host of a URL, or the URL itself when it has none (it then stands alone). */
    static String hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(url);
        }
    }

    /** Runs every item of every lane; returns once all are done and no lane's source will give more. */
    void run(List<Lane<?>> lanes) {
        Dispatch dispatch = new Dispatch();
        List<LaneRun<?>> runs = lanes.stream().<LaneRun<?>>map(lane -> new LaneRun<>(lane, dispatch)).toList();
        try {
            int preferred = 0;
            while (true) {
                // Sources may read the database: never while holding the lock the workers need to finish.
                runs.forEach(LaneRun::refill);
                dispatch.lock.lock();
                try {
                    if (dispatch.failure != null) {
                        throw new IllegalStateException("Refresh step failed", dispatch.failure);
                    }
                    int started = startNext(runs, preferred, dispatch);
                    if (started >= 0) {
                        preferred = (started + 1) % runs.size();
                        continue;
                    }
                    if (runs.stream().allMatch(LaneRun::isDone)) {
                        return;
                    }
                    // A source's news (a feed stored) is set before its worker takes this lock to signal: it shows here, or the
                    // signal wakes the wait.
                    if (runs.stream().noneMatch(LaneRun::hasNews)) {
                        dispatch.changed.await();
                    }
                } finally {
                    dispatch.lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Refresh interrupted", e);
        } finally {
            runs.forEach(LaneRun::shutdown);
        }
    }

    /** Starts one task, the lanes taking turns from {@code preferred} on; returns the lane's index, or -1. */
    private int startNext(List<LaneRun<?>> runs, int preferred, Dispatch dispatch) {
        if (dispatch.running >= total) {
            return -1;
        }
        for (int i = 0; i < runs.size(); i++) {
            int index = (preferred + i) % runs.size();
            if (runs.get(index).tryStart()) {
                return index;
            }
        }
        return -1;
    }

    /** One lane during a run: its waiting items by host, its threads, how many of it run. */
    private final class LaneRun<T> {
        private final Lane<T> lane;
        private final Dispatch dispatch;
        private final HostQueue<T> queue = new HostQueue<>();
        private final ExecutorService pool;
        private final int threads;
        /** Tasks whose requests run, and tasks still at work at all; guarded by the dispatch lock. */
        private int running;
        private int working;

        LaneRun(Lane<T> lane, Dispatch dispatch) {
            this.lane = lane;
            this.dispatch = dispatch;
            this.threads = THREADS_PER_SLOT * Math.max(1, lane.bound());
            this.pool = Executors.newFixedThreadPool(threads, daemon(lane.name()));
        }

        void refill() {
            for (T item : lane.source().take(queue.size())) {
                queue.add(hostOf(lane.urlOf().apply(item)), item);
            }
        }

        boolean hasNews() {
            return lane.source().hasNews(queue.size());
        }

        /** Under the dispatch lock: no task of this lane is at work, and no item waits or will come. */
        boolean isDone() {
            return working == 0 && queue.isEmpty() && lane.source().isFinished();
        }

        /** Under the dispatch lock: starts this lane's next item whose host has a free slot, if its bound allows. */
        boolean tryStart() {
            if (running >= Math.max(1, lane.bound()) || working >= threads) {
                return false;
            }
            HostQueue.Taken<T> taken = queue.next(host -> dispatch.busy.getOrDefault(host, 0) < perHost);
            if (taken == null) {
                return false;
            }
            dispatch.busy.merge(taken.host(), 1, Integer::sum);
            dispatch.running++;
            running++;
            working++;
            pool.execute(() -> runTask(taken));
            return true;
        }

        private void runTask(HostQueue.Taken<T> taken) {
            Throwable failure = null;
            AtomicBoolean requestsDone = new AtomicBoolean();
            Runnable freeSlot = () -> {
                if (requestsDone.compareAndSet(false, true)) {
                    freeSlot(taken.host());
                }
            };
            try {
                lane.task().run(taken.item(), freeSlot);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            freeSlot.run();
            dispatch.lock.lock();
            try {
                working--;
                if (failure != null && dispatch.failure == null) {
                    dispatch.failure = failure;
                }
                dispatch.changed.signalAll();
            } finally {
                dispatch.lock.unlock();
            }
        }

        private void freeSlot(String host) {
            dispatch.lock.lock();
            try {
                // A host with nothing running leaves the map, so it holds only the hosts at work.
                dispatch.busy.merge(host, -1, (count, minus) -> count + minus == 0 ? null : count + minus);
                dispatch.running--;
                running--;
                dispatch.changed.signalAll();
            } finally {
                dispatch.lock.unlock();
            }
        }

        void shutdown() {
            pool.shutdownNow();
        }
    }

    /** The lock, its condition and the counts the dispatcher and the workers share. */
    private static final class Dispatch {
        final ReentrantLock lock = new ReentrantLock();
        final Condition changed = lock.newCondition();
        /** Tasks running per host, all lanes together. */
        final Map<String, Integer> busy = new HashMap<>();
        int running;
        Throwable failure;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "refresh-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
