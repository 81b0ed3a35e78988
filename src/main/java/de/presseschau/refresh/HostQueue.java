package de.presseschau.refresh;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Items waiting to run, grouped by host; hosts take turns. Used by one thread only (the runner's dispatcher), so it
 * needs no lock of its own.
 */
final class HostQueue<T> {

    /** An item taken from the queue, with the host it counts against. */
    record Taken<T>(String host, T item) {
    }

    private final Map<String, ArrayDeque<T>> waiting = new HashMap<>();
    private final ArrayDeque<String> turn = new ArrayDeque<>();
    private int size;

    /** Queues an item; a host that had nothing waiting joins the end of the turn. */
    void add(String host, T item) {
        waiting.computeIfAbsent(host, h -> {
            turn.add(h);
            return new ArrayDeque<>();
        }).add(item);
        size++;
    }

    /**
     * The oldest item of the next host in turn that {@code mayStart} lets go, or null; that host moves to the end of
     * the turn, and a host with nothing left drops out of it.
     */
    Taken<T> next(Predicate<String> mayStart) {
        for (int i = turn.size(); i > 0; i--) {
            String host = turn.poll();
            if (!mayStart.test(host)) {
                turn.add(host);
                continue;
            }
            ArrayDeque<T> items = waiting.get(host);
            T item = items.poll();
            size--;
            if (items.isEmpty()) {
                waiting.remove(host);
            } else {
                turn.add(host);
            }
            return new Taken<>(host, item);
        }
        return null;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }
}
