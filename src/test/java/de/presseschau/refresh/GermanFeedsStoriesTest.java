package de.presseschau.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.StoryMember;
import de.presseschau.model.StoryMembership;
import de.presseschau.model.Subscription;
import de.presseschau.parse.FeedParseException;
import de.presseschau.parse.FeedParser;
import de.presseschau.parse.ParsedEntry;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.NewEntry;
import de.presseschau.store.StoredEntry;
import de.presseschau.store.StoryStore;
import de.presseschau.topics.GermanAnalysis;
import de.presseschau.topics.StoryGrouper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Stories over the entries of the captured German feeds of ../shared/corpus, stored as a refresh stores them. */
class GermanFeedsStoriesTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "german-feeds");

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static List<ParsedEntry> parse(byte[] feed) {
        try {
            return new FeedParser().parse(feed, null, "https://corpus.example/").entries();
        } catch (FeedParseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyArticleOfTheCapturedFeedsIsGroupedAndNoStoryOutlastsTheWindow() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "german-feeds corpus not present");
        JsonNode manifest = new ObjectMapper().readTree(CORPUS.resolve("MANIFEST.json").toFile());
        try (Database database = Database.inMemory()) {
            FeedStore feeds = new FeedStore(database);
            ArticleStore articles = new ArticleStore(database);
            StoryStore stories = new StoryStore(database);
            List<Subscription> subscriptions = new ArrayList<>();
            for (JsonNode file : manifest) {
                subscriptions.add(new Subscription("https://corpus.example/" + file.get("file").asText(), null, "Korpus",
                        subscriptions.size()));
            }
            List<Long> feedIds = feeds.sync(subscriptions, NOW).stream().map(feed -> feed.id()).toList();
            // Stored as a refresh stores them, with the feed's text as the body (the pages are not part of the corpus).
            for (int f = 0; f < feedIds.size(); f++) {
                String name = manifest.get(f).get("file").asText();
                byte[] body = Files.readAllBytes(CORPUS.resolve(name));
                if (name.endsWith(".gz")) {
                    body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
                }
                for (ParsedEntry entry : parse(body)) {
                    String html = entry.contentHtml() != null ? entry.contentHtml() : entry.summaryHtml();
                    String text = html == null ? "" : Jsoup.parse(html).text();
                    StoredEntry stored = articles.addEntry(new NewEntry(feedIds.get(f),
                            entry.guid() != null ? entry.guid() : entry.url() != null ? entry.url() : entry.title(), entry.url(),
                            entry.title() == null ? "" : entry.title(), entry.publishedAt(), html, text, html, text), NOW);
                    if (stored.isNewArticle() && entry.url() != null) {
                        articles.saveExtracted(stored.articleId(), html, text);
                    }
                }
            }
            StoryUpdater updater = new StoryUpdater(stories, new StoryGrouper(new GermanAnalysis(), StoryUpdater.WINDOW),
                    Clock.fixed(NOW, ZoneOffset.UTC));

            while (updater.group() > 0) {
                // a run groups at most ARTICLES_PER_RUN
            }

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
                // A fire brigade's alarms, an anime site's figure news, a ticker's analyst ratings look alike.
                assertTrue(stories.findTexts(members.get(0).storyId()).stream().map(StoryStore.StoryArticle::feedId)
                        .distinct().count() > 1, "a story is told by several feeds, not one feed's look-alikes: " + members);
            }
        }
    }
}
