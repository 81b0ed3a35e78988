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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompactionTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;

    private long fileSize() throws Exception {
        return Files.size(dir.resolve("presseschau.mv.db"));
    }

    /** Also prints the file size before and after, and how long the compacting stop took. */
    @Test
    void theFileShrinksOnACleanStopAfterRetentionRemovedMostArticles() throws Exception {
        String body = "Ein Absatz über die Bundesregierung und den Haushalt. ".repeat(30);
        try (Database database = Database.open(dir)) {
            long feed = new FeedStore(database).sync(List.of(new Subscription("https://a.example/rss", "A", "Politik", 1)),
                    NOW).get(0).id();
            List<NewEntry> entries = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                Instant published = NOW.minus(Duration.ofMinutes(i));
                entries.add(new NewEntry(feed, "guid-" + i, "https://a.example/" + i, "Meldung " + i, published,
                        "<p>" + body + i + "</p>", "Kurz " + i, "<p>" + body + i + "</p>", body + i));
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
