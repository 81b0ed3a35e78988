package de.presseschau.store;

import de.presseschau.model.Subscription;
import de.presseschau.refresh.Retention;
import de.presseschau.refresh.RetentionSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompactionTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;

    private long fileSize() throws Exception {
        return Files.size(dir.resolve("presseschau.mv.db"));
    }

    /**
     * About 1,600 characters of words that differ from article to article: the text stays the bulk of the file, as
     * real articles are, also where H2 compresses its pages or keeps the text inside the rows.
     */
    private static String body(int article) {
        SplittableRandom random = new SplittableRandom(article);
        StringBuilder body = new StringBuilder();
        while (body.length() < 1600) {
            for (int letters = 3 + random.nextInt(8); letters > 0; letters--) {
                body.append((char) ('a' + random.nextInt(26)));
            }
            body.append(' ');
        }
        return body.toString();
    }

    /** Also prints the file size before and after, and how long the compacting stop took. */
    @Test
    void theFileShrinksOnACleanStopAfterRetentionRemovedMostArticles() throws Exception {
        try (Database database = Database.open(dir)) {
            long feed = new FeedStore(database).sync(List.of(new Subscription("https://a.example/rss", "A", "Politik", 1)),
                    NOW).get(0).id();
            List<NewEntry> entries = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                Instant published = NOW.minus(Duration.ofMinutes(i));
                String body = body(i);
                entries.add(new NewEntry(feed, "guid-" + i, "https://a.example/" + i, "Meldung " + i, published,
                        "<p>" + body + "</p>", "Kurz " + i, "<p>" + body + "</p>", body));
            }
            new ArticleStore(database).addEntries(entries, NOW);
        }
        long full = fileSize();

        long stopMillis;
        {
            Database database = Database.open(dir);
            Retention retention = new Retention(new RetentionStore(database), new RetentionSettings(Duration.ofDays(90), 60),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            assertEquals(540, retention.run());
            long start = System.nanoTime();
            database.close();
            stopMillis = (System.nanoTime() - start) / 1_000_000;
        }
        long compacted = fileSize();

        System.out.printf("database file: %,d bytes with 600 articles, %,d bytes after retention kept 60 "
                + "(clean stop took %d ms)%n", full, compacted, stopMillis);
        assertTrue(compacted < full / 4, "the file did not shrink enough: " + full + " -> " + compacted);
        try (Database database = Database.open(dir)) {
            assertEquals(60, new ArticleStore(database).countAll());
        }
    }
}
