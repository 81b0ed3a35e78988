package de.presseschau.store;

import de.presseschau.model.Section;
import de.presseschau.model.SectionAssignment;
import de.presseschau.model.SectionSource;
import de.presseschau.model.Subscription;
import de.presseschau.model.TopicCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every change that moves a shown count keeps it exact: the counts are written with the change, not counted again. */
class ArticleCountsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final ReadingStateStore states = new ReadingStateStore(database);
    private final SectionStore sections = new SectionStore(database);
    private final RetentionStore retention = new RetentionStore(database);

    private long feedA;
    private long feedB;
    private long feedC;
    private long shared;
    private long onlyA;

    @AfterEach
    void close() {
        database.close();
    }

    /** A and C are Politik, B is Wirtschaft; one article came through all three feeds, one through A alone. */
    @BeforeEach
    void storeTwoArticles() {
        List<Subscription> list = List.of(new Subscription("https://a.example/rss", "A", "Politik", 1),
                new Subscription("https://b.example/rss", "B", "Wirtschaft", 2),
                new Subscription("https://c.example/rss", "C", "Politik", 3));
        var synced = feeds.sync(list, NOW);
        feedA = synced.get(0).id();
        feedB = synced.get(1).id();
        feedC = synced.get(2).id();
        shared = articles.addEntry(entry(feedA, "a-1", "https://news.example/shared"), NOW).articleId();
        onlyA = articles.addEntries(List.of(entry(feedA, "a-2", "https://news.example/only-a"),
                entry(feedB, "b-1", "https://news.example/shared")), NOW).get(0).articleId();
        articles.addEntry(entry(feedC, "c-1", "https://news.example/shared"), NOW);
    }

    private static NewEntry entry(long feedId, String key, String url) {
        return new NewEntry(feedId, key, url, "Meldung " + key, NOW, "<p>Kurz</p>", "Kurz", "<p>Kurz</p>", "Kurz");
    }

    @Test
    void anArticleCountsOncePerTopicAndFeedHoweverManyFeedsBroughtIt() {
        assertEquals(List.of(new TopicCount("Politik", 2), new TopicCount("Wirtschaft", 1)), articles.countByTopic());
        assertEquals(Map.of("Politik", 2, "Wirtschaft", 1), states.countUnreadByTopic());
        assertEquals(Map.of(feedA, 2, feedB, 1, feedC, 1), states.countUnreadByFeed());
    }

    @Test
    void readingAnArticleLowersTheUnreadCountsOfAllItsTopicsOnce() {
        states.markRead(shared, NOW);
        states.markRead(shared, NOW.plusSeconds(5));

        assertEquals(Map.of("Politik", 1), states.countUnreadByTopic());
        assertEquals(Map.of(feedA, 1), states.countUnreadByFeed());

        states.markUnread(shared);
        states.markUnread(shared);

        assertEquals(Map.of("Politik", 2, "Wirtschaft", 1), states.countUnreadByTopic());
        assertEquals(List.of(new TopicCount("Politik", 2), new TopicCount("Wirtschaft", 1)), articles.countByTopic());
    }

    @Test
    void readingAnArticleAgainChangesNothingAndAnUnknownOneIsSaidToBeMissing() {
        assertTrue(states.markRead(shared, NOW));
        assertTrue(states.markRead(shared, NOW.plusSeconds(5)));
        assertFalse(states.markRead(shared + onlyA + 1000, NOW));

        assertEquals(Map.of("Politik", 1), states.countUnreadByTopic());
        assertTrue(states.find(shared).orElseThrow().isRead());
    }

    /** Readers marking at once (their marks share transactions): each article counts once, however often it was opened. */
    @Test
    void readersOpeningArticlesAtOnceLeaveExactCounts() throws Exception {
        List<Long> more = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            more.add(articles.addEntry(entry(i % 2 == 0 ? feedA : feedB, "m-" + i, "https://news.example/m-" + i), NOW)
                    .articleId());
        }
        List<Long> opened = new ArrayList<>(more.subList(0, 30));
        opened.add(shared);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> marks = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (long id : opened) {
                    marks.add(readers.submit(() -> states.markRead(id, NOW)));
                }
            }
            for (Future<Boolean> mark : marks) {
                assertTrue(mark.get(30, TimeUnit.SECONDS));
            }
        } finally {
            readers.shutdownNow();
        }

        // Unread: onlyA and the ten not opened (five from each of A and B); shared is read in every topic.
        assertEquals(Map.of("Politik", 1 + 5, "Wirtschaft", 5), states.countUnreadByTopic());
        assertEquals(Map.of(feedA, 1 + 5, feedB, 5), states.countUnreadByFeed());
        assertTrue(opened.stream().allMatch(id -> states.find(id).orElseThrow().isRead()));
    }

    @Test
    void aTopicsNewestArticleIsTheNewestOfAnyOfItsFeeds() {
        long newestOfC = articles.addEntry(entry(feedC, "c-2", "https://news.example/only-c"), NOW).articleId();

        assertEquals(newestOfC, states.newestIdInTopic("Politik"));
        assertEquals(shared, states.newestIdInTopic("Wirtschaft"), "the Wirtschaft feed brought the shared one only");
        assertEquals(0, states.newestIdInTopic("Kochen"));
    }

    @Test
    void markingATopicReadAlsoLowersTheOtherTopicsOfItsArticles() {
        int marked = states.markTopicRead("Politik", states.newestIdInTopic("Politik"), NOW);

        assertEquals(2, marked);
        assertEquals(Map.of(), states.countUnreadByTopic());
        assertEquals(Map.of(), states.countUnreadByFeed());
    }

    @Test
    void removedArticlesLeaveTheCounts() {
        states.markRead(onlyA, NOW);
        retention.remove(List.of(shared), NOW);

        assertEquals(List.of(new TopicCount("Politik", 1), new TopicCount("Wirtschaft", 0)), articles.countByTopic());
        assertEquals(Map.of(), states.countUnreadByTopic());

        retention.remove(List.of(onlyA), NOW);

        assertEquals(List.of(new TopicCount("Politik", 0), new TopicCount("Wirtschaft", 0)), articles.countByTopic());
    }

    @Test
    void aFeedMovedToAnotherTopicInFeedsTxtTakesItsArticlesAlong() {
        feeds.sync(List.of(new Subscription("https://a.example/rss", "A", "Politik", 1),
                new Subscription("https://b.example/rss", "B", "Kultur", 2),
                new Subscription("https://c.example/rss", "C", "Kultur", 3)), NOW);

        assertEquals(List.of(new TopicCount("Politik", 2), new TopicCount("Kultur", 1)), articles.countByTopic());
        assertEquals(Map.of("Politik", 2, "Kultur", 1), states.countUnreadByTopic());
        assertEquals(Map.of(feedA, 2, feedB, 1, feedC, 1), states.countUnreadByFeed());
    }

    @Test
    void topicsLeftOnlyByRemovedFeedsComeLastAndEmptyOnesGo() {
        feeds.sync(List.of(new Subscription("https://b.example/rss", "B", "Wirtschaft", 1),
                new Subscription("https://d.example/rss", "D", "Sport", 2)), NOW);

        assertEquals(List.of(new TopicCount("Wirtschaft", 1), new TopicCount("Sport", 0), new TopicCount("Politik", 2)),
                articles.countByTopic());

        retention.remove(List.of(shared, onlyA), NOW);

        assertEquals(List.of(new TopicCount("Wirtschaft", 0), new TopicCount("Sport", 0)), articles.countByTopic());
    }

    @Test
    void anArticleMovedToAnotherSectionCountsThereOnly() {
        sections.save(shared, new SectionAssignment(Section.POLITIK, SectionSource.TOPIC, "Politik", 1));
        sections.save(onlyA, new SectionAssignment(Section.POLITIK, SectionSource.TOPIC, "Politik", 1));
        sections.save(shared, new SectionAssignment(Section.WIRTSCHAFT, SectionSource.USER, null, 1));

        assertEquals(1, sections.countBySection().get(Section.POLITIK));
        assertEquals(1, sections.countBySection().get(Section.WIRTSCHAFT));
        assertEquals(0, sections.countBySection().get(Section.SPORT));

        retention.remove(List.of(shared), NOW);

        assertEquals(0, sections.countBySection().get(Section.WIRTSCHAFT));
    }

    @Test
    void theNewestIdOfATopicComesFromItsFeedsEntries() {
        assertEquals(Math.max(shared, onlyA), states.newestIdInTopic("Politik"));
        assertEquals(shared, states.newestIdInTopic("Wirtschaft"));
        assertEquals(0, states.newestIdInTopic("Sport"));
    }
}
