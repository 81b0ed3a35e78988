package de.presseschau.store;

import de.presseschau.testing.Waiting;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes that arrive while one is written are written together next, and each caller learns its own outcome. */
class GroupCommitTest {

    private final List<List<Integer>> writes = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
    private final CountDownLatch firstWriteBegun = new CountDownLatch(1);
    private final ExecutorService callers = Executors.newFixedThreadPool(8);

    /** Doubles each change; the first write holds until the test lets it go. */
    private List<Integer> write(List<Integer> changes) {
        writes.add(changes);
        if (writes.size() == 1) {
            firstWriteBegun.countDown();
            Waiting.await(firstWriteMayEnd, 10);
        }
        if (changes.contains(-1)) {
            throw new IllegalArgumentException("kaputt");
        }
        return changes.stream().map(change -> change * 2).toList();
    }

    @Test
    void changesArrivingDuringAWriteAreWrittenTogetherInTheNext() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(this::write);
        Future<Integer> first = callers.submit(() -> commit.submit(1));
        assertTrue(Waiting.await(firstWriteBegun, 10));
        List<Future<Integer>> later = new ArrayList<>();
        for (int change = 2; change <= 7; change++) {
            int c = change;
            later.add(callers.submit(() -> commit.submit(c)));
        }
        awaitQueued(commit, 6);
        firstWriteMayEnd.countDown();

        assertEquals(2, first.get(10, TimeUnit.SECONDS));
        for (int i = 0; i < later.size(); i++) {
            assertEquals(2 * (i + 2), later.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(2, writes.size(), "one write for the first change, one for the six that came during it");
        assertEquals(List.of(1), writes.get(0));
        assertEquals(List.of(2, 3, 4, 5, 6, 7), writes.get(1).stream().sorted().toList());
        callers.shutdownNow();
    }

    @Test
    void aFailedWriteFailsEveryChangeInItAndTheNextWriteWorks() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(this::write);
        Future<Integer> first = callers.submit(() -> commit.submit(1));
        assertTrue(Waiting.await(firstWriteBegun, 10));
        Future<Integer> broken = callers.submit(() -> commit.submit(-1));
        Future<Integer> beside = callers.submit(() -> commit.submit(5));
        awaitQueued(commit, 2);
        firstWriteMayEnd.countDown();

        assertEquals(2, first.get(10, TimeUnit.SECONDS));
        for (Future<Integer> failed : List.of(broken, beside)) {
            Exception e = assertThrows(Exception.class, () -> failed.get(10, TimeUnit.SECONDS));
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            assertEquals("kaputt", cause == null ? null : cause.getMessage(), "the write's own failure reaches each caller");
        }
        assertEquals(8, commit.submit(4));
        callers.shutdownNow();
    }

    private static void awaitQueued(GroupCommit<?, ?> commit, int count) {
        for (int i = 0; i < 1000 && commit.queued() < count; i++) {
            Waiting.pause(10);
        }
        assertEquals(count, commit.queued());
    }
}
