package de.presseschau.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.Article;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.FeedStatus;
import de.presseschau.model.FeedSummary;
import de.presseschau.model.Subscription;
import de.presseschau.parse.FeedParseException;
import de.presseschau.parse.FeedParser;
import de.presseschau.parse.ParsedEntry;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import de.presseschau.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The whole refresh over the captured German feeds of ../shared/corpus, served on 127.0.0.1. */
class GermanFeedsCorpusTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "german-feeds");
    private static final List<String> MOJIBAKE = List.of("Ã¤", "Ã¶", "Ã¼", "Ãœ", "Ã„", "Ã–", "ÃŸ", "â€ž", "â€œ", "â€\u009d", "Ã©", "\uFFFD");

    /**
     * Entries are one per guid, else per link: a feed that lists the same link twice without guids (a
     * homepage feed with the story in two sections) has one entry for it.
     */
    private static int distinctEntries(byte[] feed, int itemsInManifest) {
        try {
            List<ParsedEntry> entries = new FeedParser().parse(feed, null, "http://127.0.0.1/").entries();
            assertEquals(itemsInManifest, entries.size());
            return (int) entries.stream().map(e -> e.guid() != null ? e.guid() : e.url()).distinct().count();
        } catch (FeedParseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyEntryOfEveryCapturedFeedIsStoredWithCorrectUmlauts() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "german-feeds corpus not present");
        JsonNode manifest = new ObjectMapper().readTree(CORPUS.resolve("MANIFEST.json").toFile());
        Map<String, Integer> expectedItems = new LinkedHashMap<>();
        try (FixtureServer server = new FixtureServer(); Database database = Database.inMemory()) {
            List<Subscription> subscriptions = new ArrayList<>();
            for (JsonNode file : manifest) {
                String name = file.get("file").asText();
                byte[] body = Files.readAllBytes(CORPUS.resolve(name));
                if (name.endsWith(".gz")) {
                    body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
                }
                server.serve("/" + name, Response.ok("application/xml", Fixtures.pointLinksAt(body, server.url(""))));
                subscriptions.add(new Subscription(server.url("/" + name), null, "Korpus", subscriptions.size()));
                expectedItems.put(server.url("/" + name), distinctEntries(body, file.get("items").asInt()));
            }
            FeedStore feeds = new FeedStore(database);
            ArticleStore articles = new ArticleStore(database);
            HtmlSanitizer sanitizer = new HtmlSanitizer();
            FeedRefresher refresher = new FeedRefresher(
                    new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), 5_000_000, 5, "Presseschau-Test")),
                    // The fixture server's pages are on 127.0.0.1.
                    AddressPolicy.publicAndLoopback(),
                    new FeedParser(), new ArticleExtractor(sanitizer), sanitizer, feeds, articles,
                    new RefreshSettings(4, 8), Clock.systemUTC());
            feeds.sync(subscriptions, Clock.systemUTC().instant());

            RefreshReport report = refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

            assertEquals(List.of(), report.failures().stream().map(f -> f.feed().url() + ": " + f.error()).toList());
            List<String> wrongCounts = new ArrayList<>();
            for (FeedSummary summary : feeds.findAllWithCounts()) {
                assertEquals(FeedStatus.OK, summary.feed().status());
                int expected = expectedItems.get(summary.feed().url());
                if (summary.entryCount() != expected) {
                    wrongCounts.add(summary.feed().url() + ": " + summary.entryCount() + " of " + expected);
                }
            }
            assertEquals(List.of(), wrongCounts);
            List<String> mangled = new ArrayList<>();
            for (ArticleTeaser teaser : articles.findTeasers(null, 5_000, 0)) {
                Article article = articles.findById(teaser.id()).orElseThrow();
                String text = article.title() + "\n" + article.contentText() + "\n" + teaser.summary();
                MOJIBAKE.stream().filter(text::contains).findFirst()
                        .ifPresent(bad -> mangled.add(article.title() + " [" + bad + "]"));
            }
            assertEquals(List.of(), mangled);
        }
    }
}
