package de.presseschau.bench;

import de.presseschau.model.Feed;
import de.presseschau.model.Subscription;
import de.presseschau.search.SearchIndex;
import de.presseschau.store.ArticleImport;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.ImportedArticle;
import de.presseschau.store.SearchSource;
import de.presseschau.store.StoryStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a data directory as months of use would: feeds under the benchmark's topics, each recently fetched, their
 * articles with extracted German bodies, sections and a mix of read and starred, and the search index.
 */
final class LoadFill {

    private static final int BATCH = 1_000;

    /** Articles are spread over this many days before now (within the default retention of 90). */
    private static final long DAYS = 60;

    /** What the fill made (or found): the feeds.txt to start the reader with, the articles and their range of ids. */
    record Filled(Path feedsFile, int articles, int feeds, long firstArticleId, long lastArticleId) {

        /** What a data directory filled before holds. */
        static Filled of(Path dataDir) {
            try (Database database = Database.open(dataDir)) {
                ArticleStore articles = new ArticleStore(database);
                long[] range = articles.idRange();
                return new Filled(dataDir.resolve("feeds.txt"), articles.countAll(),
                        new FeedStore(database).findSubscribed().size(), range[0], range[1]);
            }
        }
    }

    private LoadFill() {
    }

    static Filled fill(Path dataDir, int articleCount, int feedCount, Instant now) throws IOException {
        Files.createDirectories(dataDir);
        Path feedsFile = dataDir.resolve("feeds.txt");
        StringBuilder list = new StringBuilder();
        List<Subscription> subscriptions = new ArrayList<>();
        for (NewsText.Topic topic : NewsText.TOPICS) {
            list.append('[').append(topic.name()).append("]\n");
            for (int feed = NewsText.TOPICS.indexOf(topic); feed < feedCount; feed += NewsText.TOPICS.size()) {
                // Nothing listens there; the feeds are not due during the run anyway (see below).
                String url = "http://127.0.0.1:9/feed/" + feed + ".xml";
                String title = topic.name() + " " + feed;
                list.append(url).append("   ").append(title).append('\n');
                subscriptions.add(new Subscription(url, title, topic.name(), subscriptions.size() + 1));
            }
        }
        Files.writeString(feedsFile, list);
        try (Database database = Database.open(dataDir)) {
            List<Feed> stored = new FeedStore(database).sync(subscriptions, now);
            insertArticles(database, stored, articleCount, now);
            try (SearchIndex index = SearchIndex.open(dataDir.resolve("search"), new SearchSource(database))) {
                // Opening an empty index next to stored articles builds it.
            }
        }
        return Filled.of(dataDir);
    }

    /**
     * Brings a filled database to the state of a reader that has been running, before each run: its feeds were
     * fetched a minute ago and are next due in an hour, so the reader serves pages and does not refresh meanwhile
     * (nothing listens at their addresses), and every article is in a story, three consecutive ones (from three
     * feeds) each, so the reader has no backlog of story grouping to work off while it is measured.
     */
    static void settle(Path dataDir, Instant now) {
        try (Database database = Database.open(dataDir)) {
            FeedStore feeds = new FeedStore(database);
            for (Feed feed : feeds.findSubscribed()) {
                feeds.recordFetched(feed.id(), feed.title(), null, null, now.minusSeconds(60), now.plus(Duration.ofHours(1)),
                        Duration.ofMinutes(30));
            }
            StoryStore stories = new StoryStore(database);
            for (List<StoryStore.StoryArticle> ungrouped = stories.findUngrouped(3 * BATCH); !ungrouped.isEmpty();
                    ungrouped = stories.findUngrouped(3 * BATCH)) {
                List<StoryStore.Assignment> assignments = new ArrayList<>(ungrouped.size());
                for (int i = 0; i < ungrouped.size(); i++) {
                    assignments.add(new StoryStore.Assignment(ungrouped.get(i).articleId(), -1 - i / 3));
                }
                stories.assign(assignments, now);
            }
        }
    }

    private static void insertArticles(Database database, List<Feed> feeds, int articleCount, Instant now) {
        ArticleImport importer = new ArticleImport(database);
        NewsText text = new NewsText(20261128L);
        List<ImportedArticle> batch = new ArrayList<>(BATCH);
        long spanSeconds = Duration.ofDays(DAYS).toSeconds();
        for (int i = 0; i < articleCount; i++) {
            Feed feed = feeds.get(i % feeds.size());
            NewsText.Topic topic = NewsText.TOPICS.stream().filter(t -> t.name().equals(feed.topic())).findFirst().orElseThrow();
            // Oldest first, as they would have arrived; older articles are more likely read.
            Instant published = now.minusSeconds(spanSeconds - spanSeconds * i / articleCount);
            boolean read = text.nextInt(100) < 20 + 60 * (articleCount - i) / articleCount;
            boolean starred = text.nextInt(100) == 0;
            String headline = text.headline(topic);
            List<String> paragraphs = text.paragraphs(topic, 220 + text.nextInt(260));
            String body = String.join("\n\n", paragraphs);
            String html = "<p>" + String.join("</p>\n<p>", paragraphs) + "</p>";
            batch.add(new ImportedArticle(feed.id(), "https://nachrichten.example/" + topic.name().toLowerCase() + "/" + i,
                    headline, published, paragraphs.get(0), html, body, topic.section(),
                    read ? published.plusSeconds(3_600) : null, starred ? published.plusSeconds(7_200) : null));
            if (batch.size() == BATCH) {
                importer.insert(batch, now);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            importer.insert(batch, now);
        }
    }
}
