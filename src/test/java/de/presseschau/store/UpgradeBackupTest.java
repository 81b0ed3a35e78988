package de.presseschau.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Upgrades of a real H2 file database with a small schema of its own (src/test/resources/db-upgrade). */
class UpgradeBackupTest {

    private static final String ONE = "db-upgrade/one.list";
    private static final String TWO = "db-upgrade/two.list";
    private static final String BROKEN = "db-upgrade/broken.list";

    private static void firstVersionWithANote(Path dir) {
        try (Database database = Database.open(dir, ONE)) {
            database.jdbi().useHandle(h -> h.execute("INSERT INTO note (id, text) VALUES (1, 'Grüße aus Köln')"));
        }
    }

    private static List<String> columns(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT LOWER(COLUMN_NAME) FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_NAME = 'NOTE' ORDER BY ORDINAL_POSITION").mapTo(String.class).list());
    }

    private static String noteText(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT text FROM note WHERE id = 1").mapTo(String.class).one());
    }

    private static List<String> applied(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT name FROM schema_version ORDER BY name")
                .mapTo(String.class).list());
    }

    private static List<String> zips(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".zip")).sorted().toList();
        }
    }

    @Test
    void aMigrationThatFailsHalfwayLeavesTheDatabaseAsItWasBefore(@TempDir Path dir) throws Exception {
        firstVersionWithANote(dir);

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> Database.open(dir, BROKEN));
        assertTrue(failed.getMessage().contains("wieder im Stand davor"), failed.getMessage());

        try (Database reopened = Database.open(dir, ONE)) {
            assertEquals(List.of("id", "text"), columns(reopened), "the first statement of the failed migration stayed");
            assertEquals("Grüße aus Köln", noteText(reopened));
            assertEquals(List.of("T1__notes.sql"), applied(reopened));
        }
        assertEquals(List.of(), zips(dir));
    }

    @Test
    void anUpgradeKilledHalfwayIsUndoneAndRunsAgainAtTheNextStart(@TempDir Path dir) throws Exception {
        firstVersionWithANote(dir);
        // What a process killed inside an upgrade leaves: the copy from before, and a schema changed halfway.
        try (Database database = Database.open(dir, ONE)) {
            database.backupTo(dir.resolve(UpgradeBackup.RUNNING));
            database.jdbi().useHandle(h -> {
                h.execute("ALTER TABLE note ADD COLUMN extra INT");
                h.execute("UPDATE note SET text = 'halb umgestellt'");
            });
        }

        try (Database upgraded = Database.open(dir, TWO)) {
            assertEquals("Grüße aus Köln", noteText(upgraded));
            assertEquals(List.of("id", "text", "extra"), columns(upgraded));
            assertEquals(List.of("T1__notes.sql", "T2__notes_extra.sql"), applied(upgraded));
        }
        assertEquals(List.of("sicherung-vor-T2__notes_extra.zip"), zips(dir));
    }

    @Test
    void anUpgradeKeepsTheLatestCopyFromBeforeAndANewDatabaseNone(@TempDir Path dir) throws Exception {
        firstVersionWithANote(dir);
        assertEquals(List.of(), zips(dir), "a new database has nothing to keep");
        Files.writeString(dir.resolve("sicherung-vor-T0__older.zip"), "from an earlier upgrade");

        try (Database upgraded = Database.open(dir, TWO)) {
            assertEquals(List.of("id", "text", "extra"), columns(upgraded));
        }
        assertEquals(List.of("sicherung-vor-T2__notes_extra.zip"), zips(dir));

        // The copy is the database from before: put in place of the upgraded one, it has no column "extra".
        Files.move(dir.resolve("sicherung-vor-T2__notes_extra.zip"), dir.resolve(UpgradeBackup.RUNNING));
        assertTrue(new UpgradeBackup(dir).restoreIfInterrupted());
        try (Database restored = Database.open(dir, ONE)) {
            assertEquals(List.of("id", "text"), columns(restored));
            assertEquals("Grüße aus Köln", noteText(restored));
        }
    }

    @Test
    void aDatabaseThatIsOpenIsNeverReplaced(@TempDir Path dir) throws Exception {
        firstVersionWithANote(dir);
        try (Database open = Database.open(dir, ONE)) {
            open.backupTo(dir.resolve(UpgradeBackup.RUNNING));
            open.jdbi().useHandle(h -> h.execute("UPDATE note SET text = 'nach der Kopie'"));

            assertFalse(new UpgradeBackup(dir).restoreIfInterrupted());

            assertEquals("nach der Kopie", noteText(open));
            assertTrue(Files.exists(dir.resolve(UpgradeBackup.RUNNING)));
        }
    }

    @Test
    void aCopyThatCannotBeFinishedLeavesNothingBehind(@TempDir Path dir) throws Exception {
        UpgradeBackup upgrade = new UpgradeBackup(dir);

        assertThrows(UncheckedIOException.class, () -> upgrade.save(part -> {
            try {
                Files.writeString(part, "die erste Hälfte");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new UncheckedIOException(new IOException("Kein Platz auf dem Gerät"));
        }));

        assertFalse(upgrade.underWay());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
