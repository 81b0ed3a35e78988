package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.Article;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.Extraction;
import de.presseschau.model.Feed;
import de.presseschau.model.FeedStatus;
import de.presseschau.model.Subscription;
import de.presseschau.parse.FeedParser;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import de.presseschau.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedRefresherTest {

    private static final String RSS = "application/rss+xml; charset=";

    private final FixtureServer server = new FixtureServer();
    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final FeedRefresher refresher = new FeedRefresher(
            new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 5_000_000, 5, "Presseschau-Test")),
            // The fixture server's pages are on 127.0.0.1.
            AddressPolicy.publicAndLoopback(),
            new FeedParser(), new ArticleExtractor(sanitizer), sanitizer, feeds, articles,
            RefreshSettings.defaults(), Clock.systemUTC());

    @AfterEach
    void close() {
        server.close();
        database.close();
    }

    private List<Feed> subscribe(String... topicAndPath) {
        List<Subscription> list = new java.util.ArrayList<>();
        for (int i = 0; i < topicAndPath.length; i += 2) {
            list.add(new Subscription(server.url(topicAndPath[i + 1]), null, topicAndPath[i], i));
        }
        return feeds.sync(list, Clock.systemUTC().instant());
    }

    private RefreshReport refreshAll() {
        return refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);
    }

    private static byte[] rss(String title, String itemsXml, Charset charset) {
        return ("<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>\n<rss version=\"2.0\"><channel><title>"
                + title + "</title><link>http://127.0.0.1/</link><description>Test</description>" + itemsXml
                + "</channel></rss>").getBytes(charset);
    }

    @Test
    void isoLatinAndUtf8FeedsGiveIdenticalGermanText() {
        byte[] latin = Fixtures.pointLinksAt(Fixtures.bytes("refresh/sueddeutsche-schlagzeilen-rss2-iso8859-1.xml"), server.url(""));
        String text = new String(latin, Charset.forName("windows-1252"));
        byte[] utf8 = text.replace("encoding=\"ISO-8859-1\"", "encoding=\"UTF-8\"").getBytes(StandardCharsets.UTF_8);
        server.serve("/latin1.xml", Response.ok("text/xml", latin));
        subscribe("Politik", "/latin1.xml");
        refreshAll();
        List<ArticleTeaser> fromLatin = articles.findTeasers(null, 50, 0);

        // The same document again, now in UTF-8 under another address: the same URLs are the same articles.
        server.serve("/utf8.xml", Response.ok(RSS + "utf-8", utf8));
        Feed utf8Feed = subscribe("Politik", "/latin1.xml", "Ausland", "/utf8.xml").get(1);
        RefreshReport second = refresher.refresh(List.of(utf8Feed), RefreshListener.NONE);

        assertEquals(3, fromLatin.size());
        assertEquals(0, second.newArticles());
        assertEquals(3, articles.findTeasers("Ausland", 50, 0).size());
        Map<String, String> summaries = fromLatin.stream()
                .collect(Collectors.toMap(ArticleTeaser::title, t -> t.summary() == null ? "" : t.summary()));
        assertTrue(summaries.containsKey("Iran zu Atomstreit: ''Wir haben keine Angst vor dem Klamauk des Westens''"));
        assertTrue(summaries.values().stream().anyMatch(s -> s.contains("Großbritannien") && s.contains("schließt keine Maßnahmen")),
                summaries::toString);
    }

    @Test
    void theSameFeedInBothEncodingsStoresTheSameText() {
        String items = "<item><title>Bürgerentscheid über Straßenbahn: „Ja“ in Köln</title>"
                + "<link>" + server.url("/a/%s") + "</link><description>Die Wähler in Köln haben über die Straßenbahn abgestimmt – "
                + "knapp, aber deutlich.</description></item>";
        server.serve("/iso.xml", Response.ok("text/xml", rss("Köln", items.formatted("iso"), Charset.forName("windows-1252"))));
        server.serve("/utf.xml", Response.ok(RSS + "utf-8", rss("Köln", items.formatted("utf"), StandardCharsets.UTF_8)));
        subscribe("A", "/iso.xml", "B", "/utf.xml");

        refreshAll();

        ArticleTeaser iso = articles.findTeasers("A", 1, 0).get(0);
        ArticleTeaser utf = articles.findTeasers("B", 1, 0).get(0);
        assertEquals("Bürgerentscheid über Straßenbahn: „Ja“ in Köln", iso.title());
        assertEquals(iso.title(), utf.title());
        assertEquals(iso.summary(), utf.summary());
        assertEquals("Köln", feeds.findSubscribed().get(0).title());
    }

    @Test
    void brokenFeedsAreRecordedWhileTheOthersLoad() {
        server.serve("/ok.xml", Response.ok(RSS + "utf-8", rss("Gut", "<item><title>Läuft</title><link>"
                + server.url("/nirgends") + "</link><description>Text</description></item>", StandardCharsets.UTF_8)));
        server.serve("/500.xml", Response.status(500));
        server.serve("/page.html", Response.ok("text/html; charset=utf-8",
                "<!doctype html><html><head><title>Startseite</title></head><body><p>Keine Feeds hier</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        subscribe("X", "/500.xml", "X", "/ok.xml", "X", "/page.html");

        RefreshReport report = refreshAll();

        Map<String, Feed> byPath = feeds.findSubscribed().stream()
                .collect(Collectors.toMap(f -> f.url().substring(f.url().lastIndexOf('/')), Function.identity()));
        assertEquals(FeedStatus.ERROR, byPath.get("/500.xml").status());
        assertTrue(byPath.get("/500.xml").lastError().contains("500"), byPath.get("/500.xml").lastError());
        assertEquals(FeedStatus.ERROR, byPath.get("/page.html").status());
        assertNotNull(byPath.get("/page.html").lastError());
        assertEquals(FeedStatus.OK, byPath.get("/ok.xml").status());
        assertEquals(2, report.failures().size());
        assertEquals(1, articles.countAll());
    }

    @Test
    void aSecondRefreshSendsTheValidatorsAndStoresNoDuplicates() {
        byte[] feed = Fixtures.pointLinksAt(Fixtures.bytes("refresh/sueddeutsche-schlagzeilen-rss2-iso8859-1.xml"), server.url(""));
        server.serve("/etag.xml", Response.ok("text/xml", feed).withValidators("\"v1\"", "Fri, 27 Nov 2026 09:00:00 GMT"));
        server.serve("/plain.xml", Response.ok("text/xml", feed));
        subscribe("A", "/etag.xml", "B", "/plain.xml");

        RefreshReport first = refreshAll();
        RefreshReport second = refreshAll();

        List<FixtureServer.Request> requests = server.requestsTo("/etag.xml");
        assertEquals(2, requests.size());
        assertEquals("\"v1\"", requests.get(1).headers().getFirst("If-None-Match"));
        assertEquals("Fri, 27 Nov 2026 09:00:00 GMT", requests.get(1).headers().getFirst("If-Modified-Since"));
        assertEquals(FeedOutcome.Kind.NOT_MODIFIED, second.feeds().get(0).kind());
        // The feed without validators is downloaded again in full; its entries are recognised.
        assertEquals(FeedOutcome.Kind.FETCHED, second.feeds().get(1).kind());
        assertEquals(3, first.newArticles());
        assertEquals(0, second.newArticles());
        assertEquals(3, articles.countAll());
    }

    @Test
    void theArticlePageGivesTheBodyWithoutThePagesNavigation() {
        server.serve("/heise.html", Response.ok("text/html; charset=utf-8", Fixtures.bytes("refresh/heise.de.lithium.html.gz")));
        server.serve("/feed.xml", Response.ok(RSS + "utf-8", rss("heise", "<item><title>Lithium aus dem Schredder</title><link>"
                + server.url("/heise.html") + "</link><description>Kurz: Recycling von Akkus.</description></item>",
                StandardCharsets.UTF_8)));
        subscribe("Technik", "/feed.xml");

        RefreshReport report = refreshAll();

        Article article = articles.findById(articles.findTeasers(null, 1, 0).get(0).id()).orElseThrow();
        assertEquals(1, report.extracted());
        assertEquals(Extraction.EXTRACTED, article.extraction());
        assertTrue(article.contentText().contains("Die Ökobilanz von Elektroautos"), article.contentText());
        assertTrue(article.contentText().contains("Nur die Folie bleibt zurück"));
        assertFalse(article.contentText().contains("Forum zum Thema:"));
        assertFalse(article.contentText().contains("Highlights aus dem Heft:"));
        assertFalse(article.contentHtml().contains("<script"));
    }

    @Test
    void anUnreachablePageKeepsTheFeedsContentWithTheReason() {
        server.serve("/feed.xml", Response.ok(RSS + "utf-8", rss("Test", "<item><title>Ohne Seite</title><link>"
                + server.url("/gibt-es-nicht") + "</link><description>Der Feed trägt den ganzen Text.</description></item>",
                StandardCharsets.UTF_8)));
        subscribe("Test", "/feed.xml");

        RefreshReport report = refreshAll();

        Article article = articles.findById(articles.findTeasers(null, 1, 0).get(0).id()).orElseThrow();
        assertEquals(1, report.fromFeed());
        assertEquals(Extraction.FEED, article.extraction());
        assertTrue(article.extractionNote().contains("404"), article.extractionNote());
        assertTrue(article.contentText().contains("Der Feed trägt den ganzen Text."));
    }

    @Test
    void scriptsInFeedContentAreNeverStored() {
        server.serve("/feed.xml", Response.ok(RSS + "utf-8", rss("Test", "<item><title>Gefährlich</title><link>"
                + server.url("/weg") + "</link><description><![CDATA[<p onclick=\"steal()\">Harmloser Text"
                + "<script>window.pwned = 1</script><img src=\"x.png\" onerror=\"window.pwned = 2\">"
                + "<a href=\"javascript:window.pwned=3\">Link</a></p>]]></description></item>", StandardCharsets.UTF_8)));
        subscribe("Test", "/feed.xml");

        refreshAll();

        Article article = articles.findById(articles.findTeasers(null, 1, 0).get(0).id()).orElseThrow();
        for (String html : List.of(article.contentHtml(), article.summaryHtml())) {
            assertTrue(html.contains("Harmloser Text"), html);
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("pwned"), html);
            assertFalse(html.contains("onclick"), html);
            assertFalse(html.contains("javascript:"), html);
        }
    }
}
