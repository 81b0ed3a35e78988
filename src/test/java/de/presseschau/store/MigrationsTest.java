package de.presseschau.store;

import de.presseschau.model.Article;
import de.presseschau.model.FeedSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {

    private static String resource(String name) throws Exception {
        try (InputStream in = MigrationsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> listed() throws Exception {
        return Arrays.stream(resource("db/migrations.list").split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void anEmptyDatabaseGetsEveryMigrationOnceAndReopensUnchanged(@TempDir Path dir) throws Exception {
        try (Database database = Database.open(dir)) {
            // Sorted on both sides: by name, "V10__" comes before "V1__".
            assertEquals(listed().stream().sorted().toList(), database.jdbi().withHandle(h ->
                    h.createQuery("SELECT name FROM schema_version ORDER BY name").mapTo(String.class).list()));
        }
        try (Database reopened = Database.open(dir)) {
            int applied = reopened.jdbi().withHandle(h ->
                    h.createQuery("SELECT COUNT(*) FROM schema_version").mapTo(Integer.class).one());
            assertEquals(listed().size(), applied);
        }
    }

    @Test
    void aDatabaseOfTheFirstVersionKeepsItsDataThroughEveryLaterMigration(@TempDir Path dir) throws Exception {
        String first = listed().get(0);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("presseschau");
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE schema_version (name VARCHAR(200) PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            for (String statement : Migrations.statements(resource("db/" + first))) {
                sql.execute(statement);
            }
            sql.execute("INSERT INTO schema_version VALUES ('" + first + "', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO feed (url, list_title, topic, position, subscribed, status, created_at) "
                    + "VALUES ('https://alt.example/rss', 'Alter Feed', 'Politik', 0, TRUE, 'ok', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO article (feed_id, url, title, published_at, date_from_feed, summary_text, content_html, "
                    + "content_text, extraction, first_seen_at) VALUES (1, 'https://alt.example/1', 'Überliefert', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00+01', TRUE, 'Kurz', '<p>Lang</p>', 'Lang', 'extracted', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO entry (feed_id, entry_key, article_id, first_seen_at) VALUES (1, 'g1', 1, CURRENT_TIMESTAMP)");
        }

        try (Database migrated = Database.open(dir)) {
            Article article = new ArticleStore(migrated).findById(1).orElseThrow();
            assertEquals("Überliefert", article.title());
            assertEquals("Lang", article.contentText());
            FeedSummary feed = new FeedStore(migrated).findAllWithCounts().get(0);
            assertEquals("Alter Feed", feed.feed().title());
            assertEquals(1, feed.entryCount());
            assertTrue(migrated.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM schema_version")
                    .mapTo(Integer.class).one()) == listed().size());
        }
    }

    @Test
    void aMigrationThatFailsLetsGoOfTheDatabase(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("presseschau");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            // A table the first migration creates, there already: that migration fails.
            statement.execute("CREATE TABLE feed (id INT)");

            assertThrows(RuntimeException.class, () -> Database.open(dir));

            try (var sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                sessions.next();
                assertEquals(1, sessions.getInt(1), "the failed open left connections open");
            }
        }
    }
}
