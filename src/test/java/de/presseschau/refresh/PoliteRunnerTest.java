package de.presseschau.refresh;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoliteRunnerTest {

    @Test
    void neverRunsMoreThanTheBoundForOneHostNorInAll() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            urls.add("http://a.example/" + i);
            urls.add("http://b.example/" + i);
        }
        urls.add("http://c.example/only");
        Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        Map<String, Integer> mostAtOnce = new ConcurrentHashMap<>();
        AtomicInteger inAll = new AtomicInteger();
        AtomicInteger mostInAll = new AtomicInteger();

        List<String> results = new PoliteRunner(5, 2, "test").run(urls, url -> url, url -> {
            String host = PoliteRunner.hostOf(url);
            int now = running.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            mostAtOnce.merge(host, now, Math::max);
            mostInAll.accumulateAndGet(inAll.incrementAndGet(), Math::max);
            busyFor(3);
            inAll.decrementAndGet();
            running.get(host).decrementAndGet();
            return url.toUpperCase();
        }, (result, done) -> { });

        assertEquals(urls.stream().map(String::toUpperCase).toList(), results);
        mostAtOnce.values().forEach(most -> assertTrue(most <= 2, "per host: " + most));
        assertTrue(mostInAll.get() <= 5, "in all: " + mostInAll.get());
        assertEquals(2, mostAtOnce.get("a.example"), "hosts get their two slots");
    }

    @Test
    void oneHostsLongQueueDoesNotHoldUpTheOthers() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            urls.add("http://busy.example/" + i);
        }
        urls.add("http://other.example/1");
        java.util.concurrent.CountDownLatch otherRan = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger busyWaitedInVain = new AtomicInteger();

        new PoliteRunner(4, 1, "test").run(urls, url -> url, url -> {
            if (url.contains("other")) {
                otherRan.countDown();
            } else if (!await(otherRan)) {
                // Only possible if the other host's item waited behind the busy host's queue.
                busyWaitedInVain.incrementAndGet();
            }
            return url;
        }, (result, done) -> { });

        assertEquals(0, busyWaitedInVain.get());
    }

    @Test
    void aFailingTaskFailsTheRunLoudly() {
        assertThrows(IllegalStateException.class, () -> new PoliteRunner(2, 2, "test")
                .run(List.of("http://a/1", "http://a/2"), url -> url, url -> {
                    throw new IllegalArgumentException("kaputt");
                }, (result, done) -> { }));
    }

    @Test
    void tellsTheHostOfAUrl() {
        assertEquals("www.tagesschau.de", PoliteRunner.hostOf("https://WWW.Tagesschau.de/inland/index~rss2.xml"));
        assertEquals("kein link", PoliteRunner.hostOf("kein link"));
    }

    private static boolean await(java.util.concurrent.CountDownLatch latch) {
        try {
            return latch.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Keeps a task running long enough for others to overlap it; nothing is asserted about time. */
    private static void busyFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
