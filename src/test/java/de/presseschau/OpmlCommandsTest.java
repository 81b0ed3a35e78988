package de.presseschau;

import de.presseschau.subscribe.FeedList;
import de.presseschau.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** export-opml and import-opml as a person runs them: what they print, what they write, their exit status. */
class OpmlCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void theCommandLineNamesBothCommands() {
        Config export = Config.parse(new String[] {"export-opml", "feeds.opml"}, Map.of());
        Config importing = Config.parse(new String[] {"import-opml", "x.opml", "--feeds", "meine.txt"}, Map.of());

        assertEquals(Config.Command.EXPORT_OPML, export.command());
        assertEquals(Config.Command.IMPORT_OPML, importing.command());
        assertEquals(Path.of("meine.txt"), importing.feedsFile());
        assertTrue(Config.USAGE.contains("import-opml DATEI"));
    }

    @Test
    void importPrintsWhatItAddedAndSkippedAndExportGivesItBack() throws Exception {
        Path feeds = dir.resolve("feeds.txt");
        Files.writeString(feeds, "[Politik]\nhttps://www.tagesschau.de/xml/rss2/\n");
        Path opml = dir.resolve("feedly.opml");
        Files.write(opml, Fixtures.bytes("opml/feedly.opml"));

        int imported = new OpmlCommands(feeds).importFile(opml, print(out), print(err));
        int exported = new OpmlCommands(feeds).export(null, print(out), print(err));
        Path file = dir.resolve("export.opml");
        int toFile = new OpmlCommands(feeds).export(file, print(new ByteArrayOutputStream()), print(err));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, imported + exported + toFile, err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("hinzugefügt   [Politik] https://newsfeed.zeit.de/politik/index"), printed);
        assertTrue(printed.contains("übersprungen  https://www.tagesschau.de/xml/rss2/ (steht schon in feeds.txt)"), printed);
        assertTrue(printed.contains("2 Feeds an " + feeds + " angehängt, 1 übersprungen."), printed);
        assertTrue(printed.contains("xmlUrl=\"https://www.sportschau.de/index~rss2.xml\""), printed);
        assertEquals(3, FeedList.parse(Files.readString(feeds)).subscriptions().size());
        assertTrue(Files.readString(file).contains("<outline text=\"Sport\""));
    }

    @Test
    void brokenOrMissingOpmlIsReportedAndFeedsTxtStaysUntouched() throws Exception {
        Path feeds = dir.resolve("feeds.txt");
        Files.writeString(feeds, "https://www.tagesschau.de/xml/rss2/\n");
        Path broken = dir.resolve("abgebrochen.opml");
        Files.write(broken, Fixtures.bytes("opml/abgebrochen.opml"));

        int status = new OpmlCommands(feeds).importFile(broken, print(out), print(err));
        int missing = new OpmlCommands(feeds).importFile(dir.resolve("fehlt.opml"), print(out), print(err));

        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertEquals(1, missing);
        assertTrue(message.contains("Keine lesbare OPML-Datei: XML-Fehler in Zeile"), message);
        assertTrue(message.contains("OPML-Datei nicht gefunden"), message);
        assertEquals("https://www.tagesschau.de/xml/rss2/\n", Files.readString(feeds));
    }
}
