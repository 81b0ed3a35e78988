package de.presseschau.refresh;

import de.presseschau.model.StoryMembership;
import de.presseschau.model.Subscription;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.NewEntry;
import de.presseschau.store.StoryStore;
import de.presseschau.testing.StoryReports;
import de.presseschau.topics.GermanAnalysis;
import de.presseschau.topics.StoryGrouper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryUpdaterTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final StoryStore stories = new StoryStore(database);
    private final StoryUpdater updater = new StoryUpdater(stories,
            new StoryGrouper(new GermanAnalysis(), StoryUpdater.WINDOW), Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<Long> feedIds = feeds.sync(List.of(
            new Subscription("https://tagesschau.example/alle.xml", "tagesschau", "Nachrichten", 1),
            new Subscription("https://spiegel.example/schlagzeilen.xml", "SPIEGEL", "Nachrichten", 2),
            new Subscription("https://spiegel.example/panorama.xml", "SPIEGEL Panorama", "Nachrichten", 3),
            new Subscription("https://zeit.example/alle.xml", "ZEIT", "Nachrichten", 4)), NOW).stream()
            .map(feed -> feed.id()).toList();

    @AfterEach
    void close() {
        database.close();
    }

    private long report(int feed, String url, de.presseschau.topics.StoryText text, int minutesAgo) {
        return StoryReports.store(articles, feedIds.get(feed), url, text, NOW.minus(Duration.ofMinutes(minutesAgo)));
    }

    @Test
    void reportsOfOneEventFromThreeOutletsAreStoredAsOneStoryAcrossRuns() {
        long tagesschau = report(0, "https://tagesschau.example/flut", StoryReports.FLOOD_TAGESSCHAU, 120);
        long budget = report(0, "https://tagesschau.example/haushalt", StoryReports.BUDGET, 110);
        long port = report(3, "https://zeit.example/hafen", StoryReports.PORT, 100);
        assertEquals(3, updater.group());
        long spiegel = report(1, "https://spiegel.example/flut", StoryReports.FLOOD_SPIEGEL, 60);
        long zeit = report(3, "https://zeit.example/flut", StoryReports.FLOOD_ZEIT, 30);
        long football = report(1, "https://spiegel.example/bayern", StoryReports.FOOTBALL, 20);

        assertEquals(3, updater.group(), "only the new articles are grouped");
        assertEquals(0, updater.group());

        Map<Long, StoryMembership> found = stories.findMemberships(List.of(tagesschau, spiegel, zeit, budget, port, football));
        long flood = found.get(tagesschau).storyId();
        assertEquals(new StoryMembership(flood, 3), found.get(spiegel));
        assertEquals(new StoryMembership(flood, 3), found.get(zeit));
        for (long alone : List.of(budget, port, football)) {
            assertEquals(1, found.get(alone).size());
        }
    }

    @Test
    void theSameArticleThroughTwoFeedsOfOneOutletIsOneArticleInItsStory() {
        long schlagzeilen = report(1, "https://spiegel.example/flut", StoryReports.FLOOD_SPIEGEL, 60);
        long panorama = articles.addEntry(new NewEntry(feedIds.get(2), "panorama-flut", "https://spiegel.example/flut",
                StoryReports.FLOOD_SPIEGEL.title(), NOW, null, "Kurz", null, "Kurz"), NOW).articleId();
        report(0, "https://tagesschau.example/flut", StoryReports.FLOOD_TAGESSCHAU, 120);

        updater.group();

        assertEquals(schlagzeilen, panorama);
        assertEquals(2, stories.findMemberships(List.of(schlagzeilen)).get(schlagzeilen).size());
    }

    @Test
    void anArticleWaitsForItsExtractionBeforeItIsGrouped() {
        long pending = articles.addEntry(new NewEntry(feedIds.get(0), "x", "https://tagesschau.example/neu",
                "Sturmflut in Hamburg", NOW, null, "Kurz", null, "Kurz"), NOW).articleId();

        assertEquals(0, updater.group());
        assertTrue(stories.findMemberships(List.of(pending)).isEmpty());
    }

    @Test
    void anArticleSplitOffIsNotMergedBackIntoThatStoryByTheNextRun() {
        long tagesschau = report(0, "https://tagesschau.example/flut", StoryReports.FLOOD_TAGESSCHAU, 120);
        long spiegel = report(1, "https://spiegel.example/flut", StoryReports.FLOOD_SPIEGEL, 60);
        report(0, "https://tagesschau.example/haushalt", StoryReports.BUDGET, 110);
        updater.group();
        long flood = stories.findMemberships(List.of(tagesschau)).get(tagesschau).storyId();

        assertTrue(stories.split(flood, spiegel));
        assertFalse(stories.split(flood, spiegel), "it is no longer in that story");
        assertEquals(1, updater.group(), "the split article is grouped again");

        StoryMembership now = stories.findMemberships(List.of(spiegel)).get(spiegel);
        assertNotEquals(flood, now.storyId());
        assertEquals(1, now.size());
        assertEquals(1, stories.findMemberships(List.of(tagesschau)).get(tagesschau).size());
    }
}
