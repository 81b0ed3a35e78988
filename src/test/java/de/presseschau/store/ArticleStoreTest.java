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

    @Test
    void keepsThePagesAuthorAndDateButTheFeedsDateWins() {
        long feed = twoFeeds()[0];
        long dated = articles.addEntry(entry(feed, "d", "https://a.example/d", "Mit Datum", NOW), NOW).articleId();
        long undated = articles.addEntry(entry(feed, "u", "https://a.example/u", "Ohne Datum", null), NOW).articleId();
        Instant pageDate = Instant.parse("2026-11-20T06:00:00Z");

        articles.saveFromPage(dated, new PageBody("<p>Text</p>", "Text", "Anna Beispiel", pageDate, Extraction.EXTRACTED, null));
        articles.saveFromPage(undated, new PageBody("<p>Anfang</p>", "Anfang", null, pageDate, Extraction.PAYWALL, "Abo"));

        Article withFeedDate = articles.findById(dated).orElseThrow();
        assertEquals("Anna Beispiel", withFeedDate.author());
        assertEquals(NOW, withFeedDate.publishedAt());
        assertEquals(pageDate, withFeedDate.pagePublishedAt());
        Article paywalled = articles.findById(undated).orElseThrow();
        assertEquals(pageDate, paywalled.publishedAt());
        assertEquals(Extraction.PAYWALL, paywalled.extraction());
        assertEquals("Abo", paywalled.extractionNote());
    }

    @Test
    void findsArticlesToExtractAgainByFeedAndFirstSeen() {
        long[] ids = twoFeeds();
        articles.addEntry(entry(ids[0], "old", "https://a.example/old", "Alt", NOW), NOW.minusSeconds(86_400));
        long recent = articles.addEntry(entry(ids[0], "new", "https://a.example/new", "Neu", NOW), NOW).articleId();
        articles.addEntry(entry(ids[1], "other", "https://b.example/x", "Anderer Feed", NOW), NOW);

        List<PendingArticle> found = articles.findForReextraction("https://a.example/rss", NOW.minusSeconds(60), 10);

        assertEquals(List.of(recent), found.stream().map(PendingArticle::id).toList());
        assertEquals("Kurz", found.get(0).feedText());
        assertEquals(3, articles.findForReextraction(null, null, 10).size());
    }
}
