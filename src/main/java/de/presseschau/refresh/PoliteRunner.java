package de.presseschau.refresh;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs one task per item on a bounded number of threads, with at most {@code perHost} tasks at once for any one
 * host. Hosts take turns, so a long run of items from one outlet neither hammers it nor holds up the others.
 */
final class PoliteRunner {

    private final int threads;
    private final int perHost;
    private final String name;

    PoliteRunner(int threads, int perHost, String name) {
        this.threads = Math.max(1, threads);
        this.perHost = Math.max(1, perHost);
        this.name = name;
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

    /** Runs {@code task} on every item; results in the items' order. {@code onEach} hears each result and the count done. */
    <T, R> List<R> run(List<T> items, Function<T, String> urlOf, Function<T, R> task, BiConsumer<R, Integer> onEach) {
        if (items.isEmpty()) {
            return List.of();
        }
        Dispatch dispatch = new Dispatch();
        Map<String, ArrayDeque<Integer>> waiting = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            waiting.computeIfAbsent(hostOf(urlOf.apply(items.get(i))), host -> new ArrayDeque<>()).add(i);
        }
        ArrayDeque<String> turn = new ArrayDeque<>(waiting.keySet());
        Map<String, Integer> busy = new HashMap<>();
        Object[] results = new Object[items.size()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), daemon(name));
        try {
            dispatch.lock.lock();
            try {
                int started = 0;
                while (dispatch.finished < items.size()) {
                    if (dispatch.failure != null) {
                        throw new IllegalStateException("Refresh step failed", dispatch.failure);
                    }
                    String host = started < items.size() && dispatch.running < threads ? nextHost(turn, waiting, busy) : null;
                    if (host == null) {
                        dispatch.changed.await();
                        continue;
                    }
                    int index = waiting.get(host).poll();
                    busy.merge(host, 1, Integer::sum);
                    dispatch.running++;
                    started++;
                    pool.execute(() -> {
                        Object result = null;
                        Throwable failure = null;
                        try {
                            result = task.apply(items.get(index));
                        } catch (RuntimeException | Error e) {
                            failure = e;
                        }
                        dispatch.lock.lock();
                        try {
                            results[index] = result;
                            busy.merge(host, -1, Integer::sum);
                            dispatch.running--;
                            dispatch.finished++;
                            if (failure != null && dispatch.failure == null) {
                                dispatch.failure = failure;
                            }
                            dispatch.changed.signalAll();
                        } finally {
                            dispatch.lock.unlock();
                        }
                        if (failure == null) {
                            @SuppressWarnings("unchecked")
                            R typed = (R) result;
                            onEach.accept(typed, done.incrementAndGet());
                        }
                    });
                }
                if (dispatch.failure != null) {
                    throw new IllegalStateException("Refresh step failed", dispatch.failure);
                }
            } finally {
                dispatch.lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Refresh interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        @SuppressWarnings("unchecked")
        List<R> ordered = (List<R>) new ArrayList<>(Arrays.asList(results));
        return ordered;
    }

    /** The next host in turn that has items waiting and a free slot, or null; hosts left with no items drop out. */
    private String nextHost(ArrayDeque<String> turn, Map<String, ArrayDeque<Integer>> waiting, Map<String, Integer> busy) {
        for (int i = turn.size(); i > 0; i--) {
            String host = turn.poll();
            if (waiting.get(host).isEmpty()) {
                continue;
            }
            turn.add(host);
            if (busy.getOrDefault(host, 0) < perHost) {
                return host;
            }
        }
        return null;
    }

    /** The lock, its condition and the counts the dispatcher and the workers share. */
    private static final class Dispatch {
        final ReentrantLock lock = new ReentrantLock();
        final Condition changed = lock.newCondition();
        int running;
        int finished;
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
