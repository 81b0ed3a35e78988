package de.presseschau.store;

import de.presseschau.model.Article;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.Extraction;
import de.presseschau.model.Subscription;
import de.presseschau.model.TopicCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    private long[] twoFeeds() {
        var list = feeds.sync(List.of(new Subscription("https://a.example/rss", "A", "Politik", 1),
                new Subscription("https://b.example/rss", "B", "Wirtschaft", 2)), NOW);
        return new long[] {list.get(0).id(), list.get(1).id()};
    }

    private static NewEntry entry(long feedId, String key, String url, String title, Instant published) {
        return new NewEntry(feedId, key, url, title, published, "<p>Kurz</p>", "Kurz", "<p>Kurz</p>", "Kurz");
    }

    @Test
    void storesAnEntryOncePerFeed() {
        long feed = twoFeeds()[0];
        StoredEntry first = articles.addEntry(entry(feed, "guid-1", "https://a.example/1", "Erste Meldung", NOW), NOW);
        StoredEntry again = articles.addEntry(entry(feed, "guid-1", "https://a.example/1", "Erste Meldung", NOW), NOW);

        assertTrue(first.isNewArticle());
        assertFalse(again.isNewEntry());
        assertEquals(first.articleId(), again.articleId());
        assertEquals(1, articles.countAll());
    }

    @Test
    void theSameUrlThroughTwoFeedsIsOneArticleInBothTopics() {
        long[] ids = twoFeeds();
        StoredEntry viaA = articles.addEntry(entry(ids[0], "a-1", "https://news.example/x", "Gemeinsam", NOW), NOW);
        StoredEntry viaB = articles.addEntry(entry(ids[1], "b-9", "https://news.example/x", "Gemeinsam", NOW), NOW);

        assertTrue(viaB.isNewEntry());
        assertFalse(viaB.isNewArticle());
        assertEquals(viaA.articleId(), viaB.articleId());
        assertEquals(1, articles.countAll());
        assertEquals(List.of(new TopicCount("Politik", 1), new TopicCount("Wirtschaft", 1)), articles.countByTopic());
        assertEquals(1, articles.findTeasers("Wirtschaft", 10, 0).size());
    }

    @Test
    void listsNewestFirstAndPages() {
        long feed = twoFeeds()[0];
        for (int i = 0; i < 5; i++) {
            articles.addEntry(entry(feed, "g" + i, "https://a.example/" + i, "Meldung " + i, NOW.plusSeconds(i * 60L)), NOW);
        }

        List<ArticleTeaser> firstPage = articles.findTeasers("Politik", 2, 0);
        List<ArticleTeaser> secondPage = articles.findTeasers("Politik", 2, 2);

        assertEquals(List.of("Meldung 4", "Meldung 3"), firstPage.stream().map(ArticleTeaser::title).toList());
        assertEquals(List.of("Meldung 2", "Meldung 1"), secondPage.stream().map(ArticleTeaser::title).toList());
        assertEquals("A", firstPage.get(0).feedTitle());
        assertEquals(5, articles.findTeasers(null, 50, 0).size());
    }

    @Test
    void newArticlesWaitForExtractionUntilTheOutcomeIsSaved() {
        long feed = twoFeeds()[0];
        long withPage = articles.addEntry(entry(feed, "g1", "https://a.example/1", "Mit Seite", NOW), NOW).articleId();
        long withoutLink = articles.addEntry(entry(feed, "g2", null, "Ohne Link", null), NOW).articleId();

        assertEquals(List.of(withPage), articles.findPendingExtraction(10).stream().map(PendingArticle::id).toList());
        assertEquals(Extraction.FEED, articles.findById(withoutLink).orElseThrow().extraction());
        assertEquals(NOW, articles.findById(withoutLink).orElseThrow().publishedAt());

        articles.saveExtracted(withPage, "<p>Der ganze Text über Straßenbäume.</p>", "Der ganze Text über Straßenbäume.");

        Article stored = articles.findById(withPage).orElseThrow();
        assertEquals(Extraction.EXTRACTED, stored.extraction());
        assertEquals("Der ganze Text über Straßenbäume.", stored.contentText());
        assertEquals("Politik", stored.topic());
        assertTrue(articles.findPendingExtraction(10).isEmpty());
    }

    @Test
    void aFileDatabaseKeepsItsArticlesAcrossRestarts(@TempDir Path dir) {
        try (Database file = Database.open(dir)) {
            long feed = new FeedStore(file).sync(List.of(new Subscription("https://a.example/rss", null, "Politik", 1)), NOW).get(0).id();
            new ArticleStore(file).addEntry(entry(feed, "g1", "https://a.example/1", "Überleben", NOW), NOW);
        }
        try (Database reopened = Database.open(dir)) {
            assertEquals("Überleben", new ArticleStore(reopened).findTeasers(null, 10, 0).get(0).title());
        }
    }
}
