package de.presseschau.store;

import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.Extraction;
import de.presseschau.model.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The topics' article lists (topic_article) always say what the entries and feeds say, after every kind of change. */
class TopicArticlesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    /** Every (article, topic, date) as the entries, feeds and articles say it. */
    private static final String TRUTH = "SELECT DISTINCT e.article_id, f.topic, a.published_at FROM entry e "
            + "JOIN feed f ON f.id = e.feed_id JOIN article a ON a.id = e.article_id ORDER BY 1, 2";

    private Database database = Database.inMemory();
    private FeedStore feeds = new FeedStore(database);
    private ArticleStore articles = new ArticleStore(database);

    private long feedA;
    private long feedB;
    private long shared;
    private long onlyA;

    @AfterEach
    void close() {
        database.close();
    }

    /** A is Politik, B is Wirtschaft; one article came through both, one (a day older) through A alone. */
    @BeforeEach
    void storeTwoArticles() {
        var synced = feeds.sync(List.of(new Subscription("https://a.example/rss", "A", "Politik", 1),
                new Subscription("https://b.example/rss", "B", "Wirtschaft", 2)), NOW);
        feedA = synced.get(0).id();
        feedB = synced.get(1).id();
        shared = articles.addEntry(entry(feedA, "a-1", "https://news.example/shared", NOW), NOW).articleId();
        onlyA = articles.addEntries(List.of(entry(feedA, "a-2", "https://news.example/only-a", NOW.minusSeconds(86_400)),
                entry(feedB, "b-1", "https://news.example/shared", NOW)), NOW).get(0).articleId();
    }

    private static NewEntry entry(long feedId, String key, String url, Instant publishedAt) {
        return new NewEntry(feedId, key, url, "Meldung " + key, publishedAt, "<p>Kurz</p>", "Kurz", null, null);
    }

    private void assertMatchesTruth() {
        List<String> truth = database.jdbi().withHandle(h -> h.createQuery(TRUTH)
                .map((rs, ctx) -> rs.getLong(1) + " " + rs.getString(2) + " " + Timestamps.read(rs, "published_at"))
                .list());
        List<String> kept = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT article_id, topic, published_at FROM topic_article ORDER BY 1, 2")
                .map((rs, ctx) -> rs.getLong(1) + " " + rs.getString(2) + " " + Timestamps.read(rs, "published_at"))
                .list());
        assertEquals(truth, kept);
    }

    private List<Long> teaserIds(String topic) {
        return articles.findTeasers(topic, 10, 0).stream().map(ArticleTeaser::id).toList();
    }

    @Test
    void newEntriesPutTheirArticleIntoEveryTopicOfTheirFeedsOnce() {
        assertMatchesTruth();
        assertEquals(List.of(shared, onlyA), teaserIds("Politik"));
        assertEquals(List.of(shared), teaserIds("Wirtschaft"));
    }

    @Test
    void aPageDateThatReplacesTheArticlesDateMovesItWithinItsTopics() {
        long undated = articles.addEntry(new NewEntry(feedA, "a-3", "https://news.example/undated", "Ohne Datum",
                null, null, "Kurz", null, null), NOW.plusSeconds(60)).articleId();
        assertEquals(List.of(undated, shared, onlyA), teaserIds("Politik"));

        articles.saveFromPage(undated, new PageBody("<p>Lang</p>", "Lang", null, NOW.minusSeconds(2 * 86_400),
                Extraction.EXTRACTED, null));

        assertMatchesTruth();
        assertEquals(List.of(shared, onlyA, undated), teaserIds("Politik"));
    }

    @Test
    void retentionTakesRemovedArticlesOutOfTheirTopics() {
        new RetentionStore(database).remove(List.of(shared), NOW);

        assertMatchesTruth();
        assertEquals(List.of(onlyA), teaserIds("Politik"));
        assertEquals(List.of(), teaserIds("Wirtschaft"));
    }

    @Test
    void aFeedMovedToAnotherTopicInFeedsTxtTakesItsArticlesAlong() {
        feeds.sync(List.of(new Subscription("https://a.example/rss", "A", "Kultur", 1),
                new Subscription("https://b.example/rss", "B", "Wirtschaft", 2)), NOW);

        assertMatchesTruth();
        assertEquals(List.of(), teaserIds("Politik"));
        assertEquals(List.of(shared, onlyA), teaserIds("Kultur"));
        assertEquals(List.of(shared), teaserIds("Wirtschaft"));
    }

    @Test
    void importedArticlesJoinTheirFeedsTopic() {
        new ArticleImport(database).insert(List.of(new ImportedArticle(feedB, "https://news.example/import",
                "Eingelesen", NOW.plusSeconds(30), "Kurz", "<p>Lang</p>", "Lang", null, null, null)), NOW);

        assertMatchesTruth();
        assertEquals(2, teaserIds("Wirtschaft").size());
        assertNotEquals(shared, teaserIds("Wirtschaft").get(0));
    }

    @Test
    void theUnreadListOfATopicLeavesReadArticlesOut() {
        ReadingStateStore states = new ReadingStateStore(database);
        states.markRead(shared, NOW);

        assertMatchesTruth();
        assertEquals(List.of(onlyA), states.findUnreadTeasers("Politik", 10, 0).stream().map(ArticleTeaser::id).toList());
        assertEquals(List.of(), states.findUnreadTeasers("Wirtschaft", 10, 0).stream().map(ArticleTeaser::id).toList());
    }

    @Test
    void theMigrationFillsTheListsOfADatabaseThatHadArticlesBefore(@TempDir Path dir) throws Exception {
        List<String> before = Migrations.listed(Migrations.LIST).stream()
                .filter(name -> !name.equals("V13__topic_article.sql")).toList();
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("presseschau");
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE schema_version (name VARCHAR(200) PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            for (String name : before) {
                for (String statement : Migrations.statements(Migrations.read("db/" + name))) {
                    sql.execute(statement);
                }
                sql.execute("INSERT INTO schema_version VALUES ('" + name + "', CURRENT_TIMESTAMP)");
            }
            sql.execute("INSERT INTO feed (url, topic, position, created_at) VALUES "
                    + "('https://a.example/rss', 'Politik', 1, CURRENT_TIMESTAMP), "
                    + "('https://b.example/rss', 'Wirtschaft', 2, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO article (feed_id, url, title, published_at, date_from_feed, extraction, first_seen_at) "
                    + "VALUES (1, 'https://news.example/1', 'Älter', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+01', "
                    + "TRUE, 'feed', CURRENT_TIMESTAMP), (1, 'https://news.example/2', 'Neuer', "
                    + "TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+01', TRUE, 'feed', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO entry (feed_id, entry_key, article_id, first_seen_at) VALUES "
                    + "(1, 'a-1', 1, CURRENT_TIMESTAMP), (1, 'a-2', 2, CURRENT_TIMESTAMP), (2, 'b-1', 1, CURRENT_TIMESTAMP)");
        }
        database.close();
        database = Database.open(dir);
        articles = new ArticleStore(database);

        assertMatchesTruth();
        assertEquals(List.of(2L, 1L), teaserIds("Politik"));
        assertEquals(List.of(1L), teaserIds("Wirtschaft"));
    }
}
