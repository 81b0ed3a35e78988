package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.Article;
import de.presseschau.model.Extraction;
import de.presseschau.model.Subscription;
import de.presseschau.parse.FeedParser;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.subscribe.FeedList;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivatePagesTest {

    private final FixtureServer server = new FixtureServer();
    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @AfterEach
    void close() {
        server.close();
        database.close();
    }

    @Test
    void aFeedOnTheLocalNetworkIsReadButItsArticlePagesThereAreNotFetched() {
        String page = server.url("/artikel/1");
        server.serve("/artikel/1", Response.ok("text/html", ("<html><body><article><p>"
                + "Der ganze Text der Seite. ".repeat(40) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
        server.serve("/feed.xml", Response.ok("application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<rss version=\"2.0\"><channel><title>Lokal</title><link>http://127.0.0.1/</link><description>x</description>"
                + "<item><title>Intern</title><link>" + page + "</link><description>Der Anriss aus dem Feed.</description></item>"
                + "<item><title>Metadaten</title><link>http://169.254.169.254/latest/meta-data/</link>"
                + "<description>Noch ein Anriss.</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8)));
        feeds.sync(List.of(new Subscription(server.url("/feed.xml"), null, "Lokal", 1)), Clock.systemUTC().instant());
        // The running product's default: article pages only from public addresses.
        FeedRefresher refresher = new FeedRefresher(
                new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 5_000_000, 5, "Presseschau-Test")),
                AddressPolicy.publicOnly(), new FeedParser(), new ArticleExtractor(sanitizer), sanitizer, feeds, articles,
                RefreshSettings.defaults(), Clock.systemUTC());

        RefreshReport report = refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

        assertEquals(1, report.feedsOk());
        assertTrue(server.requestsTo("/artikel/1").isEmpty(), "the article page must not be requested");
        List<Article> stored = articles.findTeasers(null, 10, 0).stream()
                .map(teaser -> articles.findById(teaser.id()).orElseThrow()).toList();
        assertEquals(2, stored.size());
        for (Article article : stored) {
            assertEquals(Extraction.FEED, article.extraction(), article.title());
            assertTrue(article.contentText().contains("Anriss"), article.contentText());
            assertTrue(article.extractionNote().startsWith("Artikelseite nicht abrufbar: Adresse "), article.extractionNote());
            assertTrue(article.extractionNote().contains("--allow-private"), article.extractionNote());
        }
    }

    @Test
    void onlyTheArticlePagesOfAFeedMarkedLokalMayComeFromTheLocalNetwork() {
        String body = "<html><body><article><p>" + "Der ganze Text der Seite aus dem Heimnetz. ".repeat(40)
                + "</p></article></body></html>";
        for (String name : List.of("nas", "fremd")) {
            server.serve("/" + name + "/artikel", Response.ok("text/html", body.getBytes(StandardCharsets.UTF_8)));
            server.serve("/" + name + "/feed.xml", Response.ok("application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<rss version=\"2.0\"><channel><title>" + name + "</title><link>http://127.0.0.1/</link><description>x</description>"
                    + "<item><title>Artikel " + name + "</title><link>" + server.url("/" + name + "/artikel") + "</link>"
                    + "<description>Der Anriss aus dem Feed.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8)));
        }
        FeedList list = FeedList.parse("[Lokal]\n" + server.url("/nas/feed.xml") + "  +lokal  Mein NAS\n"
                + server.url("/fremd/feed.xml") + "  Irgendein Feed\n");
        feeds.sync(list.subscriptions(), Clock.systemUTC().instant());
        // No --allow-private: only the feed marked +lokal may reach 127.0.0.1 for its pages.
        FeedRefresher refresher = new FeedRefresher(
                new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 5_000_000, 5, "Presseschau-Test")),
                AddressPolicy.publicOnly(), new FeedParser(), new ArticleExtractor(sanitizer), sanitizer, feeds, articles,
                RefreshSettings.defaults(), Clock.systemUTC());

        RefreshReport report = refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

        assertEquals(2, report.feedsOk());
        assertEquals(1, server.requestsTo("/nas/artikel").size());
        assertTrue(server.requestsTo("/fremd/artikel").isEmpty(), "the other feed's page must not be requested");
        Map<String, Article> byTitle = articles.findTeasers(null, 10, 0).stream()
                .map(teaser -> articles.findById(teaser.id()).orElseThrow())
                .collect(Collectors.toMap(Article::title, article -> article));
        assertEquals(Extraction.EXTRACTED, byTitle.get("Artikel nas").extraction());
        assertTrue(byTitle.get("Artikel nas").contentText().contains("aus dem Heimnetz"));
        assertEquals(Extraction.FEED, byTitle.get("Artikel fremd").extraction());
        assertTrue(byTitle.get("Artikel fremd").extractionNote().contains("+lokal"), byTitle.get("Artikel fremd").extractionNote());
    }
}
