package de.presseschau;

import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupTest {

    @TempDir
    Path dir;

    private Config config(FixtureServer server, String... extra) throws Exception {
        server.serve("/feed.xml", Response.ok("application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<rss version=\"2.0\"><channel><title>Sicher</title><link>http://127.0.0.1/</link><description>x</description>"
                + "<item><title>Gesichert: Größe zählt</title><link>" + server.url("/a") + "</link><description>Text.</description></item>"
                + "<item><title>Zweite</title><link>" + server.url("/b") + "</link><description>Mehr.</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8)));
        Path feeds = dir.resolve("feeds.txt");
        Files.writeString(feeds, "[Sicherung]\n" + server.url("/feed.xml") + "\n");
        // --allow-private: the fixture server is on 127.0.0.1.
        String[] base = {"--allow-private", "--feeds", feeds.toString(), "--data", dir.resolve("data").toString(), "--port", "0"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(extra), java.util.Arrays.stream(base)).toArray(String[]::new);
        return Config.parse(args, Map.of());
    }

    /** Restores as the README says: unzip the backup into an empty data directory. */
    private int restoredArticles(Path zip) throws Exception {
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy((InputStream) in, restored.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        try (Database database = Database.open(restored)) {
            return new ArticleStore(database).countAll();
        }
    }

    @Test
    void aStoppedReadersDatabaseIsBackedUpAndRestores() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            Config config = config(server);
            try (App app = new App(config, Clock.systemUTC())) {
                app.fetchOnce(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            }
            Path zip = dir.resolve("sicherung.zip");
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertEquals(0, App.backup(config, zip, new PrintStream(out, true, StandardCharsets.UTF_8)));

            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Sicherung geschrieben"), out.toString(StandardCharsets.UTF_8));
            assertEquals(2, restoredArticles(zip));
        }
    }

    @Test
    void aRunningReaderWritesTheBackupItself() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            Config config = config(server, "--password-file", writePassword());
            Path zip = dir.resolve("sicherung.zip");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (App app = new App(config, Clock.systemUTC())) {
                app.fetchOnce(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                app.serve();

                assertEquals(0, App.backup(config, zip, new PrintStream(out, true, StandardCharsets.UTF_8)));
            }

            assertTrue(out.toString(StandardCharsets.UTF_8).contains("vom laufenden Leser"), out.toString(StandardCharsets.UTF_8));
            assertEquals(2, restoredArticles(zip));
            assertTrue(RunningInstance.find(dir.resolve("data")).isEmpty(), "the instance file goes with the reader");
        }
    }

    private String writePassword() throws Exception {
        Path file = dir.resolve("passwort");
        Files.writeString(file, "Zugspitze-2962\n");
        return file.toString();
    }
}
