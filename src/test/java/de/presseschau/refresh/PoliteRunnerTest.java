package de.presseschau.refresh;

import de.presseschau.testing.Waiting;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoliteRunnerTest {

    /** Counts tasks running at once, per host and in all, as a server would see them. */
    private static final class Load {
        final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        final Map<String, Integer> mostPerHost = new ConcurrentHashMap<>();
        final AtomicInteger inAll = new AtomicInteger();
        final AtomicInteger mostInAll = new AtomicInteger();

        Consumer<String> counting(AtomicInteger ofLane, AtomicInteger mostOfLane) {
            return url -> {
                String host = PoliteRunner.hostOf(url);
                int now = running.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
                mostPerHost.merge(host, now, Math::max);
                mostInAll.accumulateAndGet(inAll.incrementAndGet(), Math::max);
                mostOfLane.accumulateAndGet(ofLane.incrementAndGet(), Math::max);
                Waiting.pause(3);
                ofLane.decrementAndGet();
                inAll.decrementAndGet();
                running.get(host).decrementAndGet();
            };
        }
    }

    private static List<String> urls(String path, int perHost, String... hosts) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < perHost; i++) {
            for (String host : hosts) {
                urls.add("http://" + host + "/" + path + i);
            }
        }
        return urls;
    }

    @Test
    void neverRunsMoreThanTheBoundForOneHostNorInAllNorPerKind() {
        Load load = new Load();
        AtomicInteger feeds = new AtomicInteger();
        AtomicInteger mostFeeds = new AtomicInteger();
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger mostPages = new AtomicInteger();
        List<String> done = new CopyOnWriteArrayList<>();
        Consumer<String> feedTask = load.counting(feeds, mostFeeds).andThen(done::add);
        Consumer<String> pageTask = load.counting(pages, mostPages).andThen(done::add);
        List<String> feedUrls = urls("feed", 8, "a.example", "b.example");
        List<String> pageUrls = urls("page", 12, "a.example", "b.example", "c.example");

        new PoliteRunner(5, 2).run(List.of(
                new PoliteRunner.Lane<>("test-feed", 3, PoliteRunner.Source.of(feedUrls), url -> url, feedTask),
                new PoliteRunner.Lane<>("test-page", 4, PoliteRunner.Source.of(pageUrls), url -> url, pageTask)));

        assertEquals(feedUrls.size() + pageUrls.size(), done.size());
        load.mostPerHost.forEach((host, most) -> assertTrue(most <= 2, host + ", feeds and pages together: " + most));
        assertTrue(load.mostInAll.get() <= 5, "in all: " + load.mostInAll.get());
        assertTrue(mostFeeds.get() <= 3, "feeds: " + mostFeeds.get());
        assertTrue(mostPages.get() <= 4, "pages: " + mostPages.get());
        assertEquals(2, load.mostPerHost.get("a.example"), "hosts get their two slots");
    }

    @Test
    void oneHostsLongQueueDoesNotHoldUpTheOthers() {
        List<String> urls = urls("", 20, "busy.example");
        urls.add("http://other.example/1");
        CountDownLatch otherRan = new CountDownLatch(1);
        AtomicInteger busyWaitedInVain = new AtomicInteger();

        new PoliteRunner(4, 1).run(List.of(new PoliteRunner.Lane<>("test", 4, PoliteRunner.Source.of(urls), url -> url,
                url -> {
                    if (url.contains("other")) {
                        otherRan.countDown();
                    } else if (!Waiting.await(otherRan, 5)) {
                        // Only possible if the other host's item waited behind the busy host's queue.
                        busyWaitedInVain.incrementAndGet();
                    }
                })));

        assertEquals(0, busyWaitedInVain.get());
    }

    @Test
    void aKindWithALongQueueDoesNotHoldUpTheOtherKind() {
        // Each kind alone may use both slots; were feeds served first, both slots would wait for a page in vain.
        List<String> feedUrls = urls("feed", 1, "a.example", "b.example", "c.example", "d.example");
        CountDownLatch pageRan = new CountDownLatch(1);
        AtomicInteger feedsWaitedInVain = new AtomicInteger();

        new PoliteRunner(2, 2).run(List.of(
                new PoliteRunner.Lane<>("test-feed", 2, PoliteRunner.Source.of(feedUrls), url -> url, url -> {
                    if (!Waiting.await(pageRan, 2)) {
                        feedsWaitedInVain.incrementAndGet();
                    }
                }),
                new PoliteRunner.Lane<>("test-page", 2, PoliteRunner.Source.of(List.of("http://e.example/page")),
                        url -> url, url -> pageRan.countDown())));

        assertEquals(0, feedsWaitedInVain.get());
    }

    @Test
    void itemsThatArriveWhileOthersRunAreRunBeforeTheRunEnds() {
        // Each feed brings two pages once it is done, as a stored feed brings its articles.
        List<String> feedUrls = urls("feed", 3, "a.example", "b.example");
        Queue<String> arrived = new ConcurrentLinkedQueue<>();
        AtomicInteger feedsLeft = new AtomicInteger(feedUrls.size());
        PoliteRunner.Source<String> pages = new PoliteRunner.Source<>() {
            @Override
            public List<String> take(int queued) {
                List<String> taken = new ArrayList<>();
                for (String page = arrived.poll(); page != null; page = arrived.poll()) {
                    taken.add(page);
                }
                return taken;
            }

            @Override
            public boolean hasNews(int queued) {
                return !arrived.isEmpty();
            }

            @Override
            public boolean isFinished() {
                return feedsLeft.get() == 0 && arrived.isEmpty();
            }
        };
        List<String> pagesRun = new CopyOnWriteArrayList<>();

        new PoliteRunner(3, 2).run(List.of(
                new PoliteRunner.Lane<>("test-feed", 3, PoliteRunner.Source.of(feedUrls), url -> url, url -> {
                    Waiting.pause(2);
                    arrived.add(url + "/page-1");
                    arrived.add(url + "/page-2");
                    feedsLeft.decrementAndGet();
                }),
                new PoliteRunner.Lane<>("test-page", 3, pages, url -> url, url -> pagesRun.add(url))));

        assertEquals(2 * feedUrls.size(), pagesRun.size());
        assertEquals(2 * feedUrls.size(), pagesRun.stream().distinct().count());
    }

    @Test
    void aTaskPastItsRequestsFreesItsSlotForTheNextRequestButKeepsItsThread() {
        // One slot, for one host: a task that says its requests are over and then waits (for the writer) lets the
        // next request start; no more than one is ever in its request, and no more than two tasks are at work.
        List<String> urls = urls("page", 6, "a.example");
        AtomicInteger inRequest = new AtomicInteger();
        AtomicInteger mostInRequest = new AtomicInteger();
        AtomicInteger atWork = new AtomicInteger();
        AtomicInteger mostAtWork = new AtomicInteger();
        AtomicInteger startedWhileAnotherWorked = new AtomicInteger();
        List<String> done = new CopyOnWriteArrayList<>();

        new PoliteRunner(1, 1).run(List.of(new PoliteRunner.Lane<String>("test-page", 1, PoliteRunner.Source.of(urls),
                url -> url, (url, requestsDone) -> {
                    if (atWork.getAndIncrement() > 0) {
                        startedWhileAnotherWorked.incrementAndGet();
                    }
                    mostAtWork.accumulateAndGet(atWork.get(), Math::max);
                    mostInRequest.accumulateAndGet(inRequest.incrementAndGet(), Math::max);
                    Waiting.pause(2);
                    inRequest.decrementAndGet();
                    requestsDone.run();
                    requestsDone.run();
                    Waiting.pause(30);
                    atWork.decrementAndGet();
                    done.add(url);
                })));

        assertEquals(urls.size(), done.size());
        assertEquals(1, mostInRequest.get());
        assertEquals(2, mostAtWork.get());
        assertTrue(startedWhileAnotherWorked.get() >= urls.size() / 2, "only " + startedWhileAnotherWorked);
    }

    @Test
    void aFailingTaskFailsTheRunLoudly() {
        assertThrows(IllegalStateException.class, () -> new PoliteRunner(2, 2).run(List.of(new PoliteRunner.Lane<>(
                "test", 2, PoliteRunner.Source.of(List.of("http://a/1", "http://a/2")), url -> url, url -> {
                    throw new IllegalArgumentException("kaputt");
                }))));
    }

    @Test
    void tellsTheHostOfAUrl() {
        assertEquals("www.tagesschau.de", PoliteRunner.hostOf("https://WWW.Tagesschau.de/inland/index~rss2.xml"));
        assertEquals("kein link", PoliteRunner.hostOf("kein link"));
    }
}
