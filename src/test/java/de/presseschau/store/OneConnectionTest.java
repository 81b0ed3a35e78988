package de.presseschau.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A page's store calls inside {@link Database#onOneConnection} share one connection of the pool. */
class OneConnectionTest {

    private final Database database = Database.inMemory();
    private final ArticleStore articles = new ArticleStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storeCallsInsideShareTheConnectionTheScopeHolds() {
        List<Integer> inUse = new ArrayList<>();
        database.onOneConnection(() -> {
            inUse.add(database.connectionsInUse());
            articles.countByTopic();
            inUse.add(database.jdbi().withHandle(h -> database.connectionsInUse()));
            new ReadingStateStore(database).markRead(1, Instant.EPOCH);
            inUse.add(database.jdbi().withHandle(h -> database.connectionsInUse()));
        });

        assertEquals(List.of(1, 1, 1), inUse);
        assertEquals(0, database.connectionsInUse());
    }

    @Test
    void anErrorInsideLeavesTheScopeAndGivesTheConnectionBack() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> database.onOneConnection(() -> {
                    articles.countByTopic();
                    throw new IllegalStateException("Seite nicht gefunden");
                }));

        assertEquals("Seite nicht gefunden", thrown.getMessage());
        assertEquals(0, database.connectionsInUse());
    }
}
