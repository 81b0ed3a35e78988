package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.Article;
import de.presseschau.model.Extraction;
import de.presseschau.model.Subscription;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.NewEntry;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import de.presseschau.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReextractorTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final FixtureServer server = new FixtureServer();
    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final Reextractor reextractor = new Reextractor(
            new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 5_000_000, 5, "Presseschau-Test")),
            AddressPolicy.publicAndLoopback(),
            new ArticleExtractor(new HtmlSanitizer()), articles);

    @AfterEach
    void close() {
        server.close();
        database.close();
    }

    private long storedArticle(String path) {
        long feed = feeds.sync(List.of(new Subscription(server.url("/feed.xml"), "Test", "Technik", 1)), NOW).get(0).id();
        long id = articles.addEntry(new NewEntry(feed, path, server.url(path), "Lithium aus dem Schredder", NOW,
                "<p>Kurz</p>", "Kurz", "<p>Kurz</p>", "Kurz"), NOW).articleId();
        articles.saveExtracted(id, "<p>Alter Text</p>", "Alter Text");
        return id;
    }

    @Test
    void replacesTheStoredBodyWithTheOneExtractedNow() {
        server.serve("/heise.html", Response.ok("text/html; charset=utf-8", Fixtures.bytes("refresh/heise.de.lithium.html.gz")));
        long id = storedArticle("/heise.html");

        Reextractor.Report report = reextractor.reextract(null, null, done -> { });

        Article article = articles.findById(id).orElseThrow();
        assertEquals(new Reextractor.Report(1, 0), report);
        assertEquals(Extraction.EXTRACTED, article.extraction());
        assertTrue(article.contentText().contains("Die Ökobilanz von Elektroautos"), article.contentText());
    }

    @Test
    void leavesTheArticleAsItWasWhenThePageIsGone() {
        server.serve("/gone.html", Response.status(404));
        long id = storedArticle("/gone.html");

        String unchanged = reextractor.reextract(id);

        Article article = articles.findById(id).orElseThrow();
        assertTrue(unchanged.startsWith("Artikelseite nicht abrufbar"), unchanged);
        assertEquals("Alter Text", article.contentText());
        assertEquals(Extraction.EXTRACTED, article.extraction());
    }

    @Test
    void storesAPaywalledTeaserAsPaywall() {
        server.serve("/zeit.html", Response.ok("text/html; charset=utf-8",
                Fixtures.bytes("extract/pages/zeit.de.klimaschutz-banken.html.gz")));
        long id = storedArticle("/zeit.html");

        assertNull(reextractor.reextract(id));

        Article article = articles.findById(id).orElseThrow();
        assertEquals(Extraction.PAYWALL, article.extraction());
        assertEquals("Heike Buchter", article.author());
        assertTrue(article.contentText().contains("Touristen und Börsenhändler"));
    }
}
