package de.presseschau.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.StoryMember;
import de.presseschau.model.StoryMembership;
import de.presseschau.model.Subscription;
import de.presseschau.parse.FeedParser;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.StoryStore;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import de.presseschau.testing.Fixtures;
import de.presseschau.topics.GermanAnalysis;
import de.presseschau.topics.StoryGrouper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Stories from a whole refresh over the captured German feeds of ../shared/corpus, served on 127.0.0.1. */
class GermanFeedsStoriesTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "german-feeds");

    @Test
    void everyArticleOfTheCapturedFeedsIsGroupedAndNoStoryOutlastsTheWindow() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "german-feeds corpus not present");
        JsonNode manifest = new ObjectMapper().readTree(CORPUS.resolve("MANIFEST.json").toFile());
        try (FixtureServer server = new FixtureServer(); Database database = Database.inMemory()) {
            List<Subscription> subscriptions = new ArrayList<>();
            for (JsonNode file : manifest) {
                String name = file.get("file").asText();
                byte[] body = Files.readAllBytes(CORPUS.resolve(name));
                if (name.endsWith(".gz")) {
                    body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
                }
                server.serve("/" + name, Response.ok("application/xml", Fixtures.pointLinksAt(body, server.url(""))));
                subscriptions.add(new Subscription(server.url("/" + name), null, "Korpus", subscriptions.size()));
            }
            FeedStore feeds = new FeedStore(database);
            ArticleStore articles = new ArticleStore(database);
            StoryStore stories = new StoryStore(database);
            HtmlSanitizer sanitizer = new HtmlSanitizer();
            FeedRefresher refresher = new FeedRefresher(
                    new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(10), 5_000_000, 5, "Presseschau-Test")),
                    AddressPolicy.publicAndLoopback(), new FeedParser(), new ArticleExtractor(sanitizer), sanitizer,
                    feeds, articles, new RefreshSettings(4, 8), ScheduleSettings.defaults(), new SplittableRandom(1),
                    Clock.systemUTC(), new StoryUpdater(stories, new StoryGrouper(new GermanAnalysis(), StoryUpdater.WINDOW),
                    Clock.systemUTC()));
            feeds.sync(subscriptions, Clock.systemUTC().instant());

            refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

            List<Long> ids = articles.findTeasers(null, 5_000, 0).stream().map(ArticleTeaser::id).toList();
            Map<Long, StoryMembership> memberships = stories.findMemberships(ids);
            assertEquals(ids.size(), memberships.size(), "every article is in a story");
            List<StoryMember> shared = stories.findMembers(memberships.values().stream()
                    .filter(m -> m.size() > 1).map(StoryMembership::storyId).collect(Collectors.toSet()));
            Map<Long, List<StoryMember>> byStory = shared.stream()
                    .collect(Collectors.groupingBy(StoryMember::storyId));
            // Golem's Atom and RSS captures of 4 May 2013 hold the same articles, the RSS one under a redirector's address.
            assertTrue(byStory.values().stream().anyMatch(members -> members.stream()
                    .filter(m -> m.title().equals("Lenovo: Wohl doch kein Verkauf von IBMs Serversparte")).count() == 2));
            for (List<StoryMember> members : byStory.values()) {
                long urls = members.stream().map(StoryMember::url).distinct().count();
                assertEquals(members.size(), urls, "one article per URL: " + members);
                Duration span = Duration.between(members.get(0).publishedAt(), members.get(members.size() - 1).publishedAt());
                assertTrue(span.compareTo(StoryUpdater.WINDOW) <= 0,
                        "a story spans at most the window, even of look-alike reports: " + members);
            }
        }
    }
}
