package de.presseschau.bench;

import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadFillTest {

    @Test
    void aSettledDatabaseHasNoFeedDueAndNoArticleOutsideAStory(@TempDir Path dir) throws IOException {
        Instant filledAt = Instant.parse("2026-11-20T08:00:00Z");
        LoadFill.fill(dir, 40, 6, filledAt);
        Instant later = filledAt.plus(Duration.ofDays(2));
        try (Database database = Database.open(dir)) {
            assertEquals(6, new FeedStore(database).findDue(later).size(), "two days after the fill every feed is due");
        }

        LoadFill.settle(dir, later);

        try (Database database = Database.open(dir)) {
            assertTrue(new FeedStore(database).findDue(later.plusSeconds(60)).isEmpty());
            StoryStore stories = new StoryStore(database);
            assertTrue(stories.findUngrouped(100).isEmpty());
            assertEquals(3, stories.findMemberships(java.util.List.of(1L)).get(1L).size(), "stories of three articles");
        }
    }
}
