package de.presseschau;

import de.presseschau.subscribe.FeedList;
import de.presseschau.subscribe.FeedListFile;
import de.presseschau.subscribe.OpmlException;
import de.presseschau.subscribe.OpmlFeed;
import de.presseschau.subscribe.OpmlImport;
import de.presseschau.subscribe.OpmlReader;
import de.presseschau.subscribe.OpmlWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The export-opml and import-opml commands: feeds.txt to OPML and back, saying what they did. */
final class OpmlCommands {

    private final Path feedsFile;

    OpmlCommands(Path feedsFile) {
        this.feedsFile = feedsFile;
    }

    /** Writes every feed of feeds.txt with its topic as OPML to {@code target}, or to {@code out} when it is null. */
    int export(Path target, PrintStream out, PrintStream err) {
        try {
            FeedList list = new FeedListFile(feedsFile).read();
            String opml = new OpmlWriter().write(list.subscriptions());
            if (target == null) {
                out.print(opml);
            } else {
                Files.writeString(target, opml, StandardCharsets.UTF_8);
                out.println(list.subscriptions().size() + " Feeds nach " + target + " geschrieben.");
            }
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println("presseschau: " + e.getMessage());
            return 1;
        }
    }

    /** Appends the feeds of the OPML file to feeds.txt under their categories and lists what was added or left out. */
    int importFile(Path opmlFile, PrintStream out, PrintStream err) {
        try {
            List<OpmlFeed> feeds = new OpmlReader().read(Files.readAllBytes(opmlFile));
            OpmlImport.Result result = new OpmlImport(feedsFile).importFeeds(feeds);
            for (OpmlFeed feed : result.added()) {
                out.println("hinzugefügt   [" + feed.category() + "] " + feed.url());
            }
            for (OpmlImport.Skipped skipped : result.skipped()) {
                out.println("übersprungen  " + skipped.feed().url() + " (" + skipped.reason() + ")");
            }
            out.println(result.added().size() + " Feeds an " + feedsFile + " angehängt, " + result.skipped().size()
                    + " übersprungen.");
            return 0;
        } catch (NoSuchFileException e) {
            err.println("presseschau: OPML-Datei nicht gefunden: " + opmlFile.toAbsolutePath());
            return 1;
        } catch (OpmlException e) {
            err.println("presseschau: " + opmlFile + ": " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("presseschau: " + e.getMessage());
            return 1;
        }
    }
}
