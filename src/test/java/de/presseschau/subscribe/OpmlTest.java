package de.presseschau.subscribe;

import de.presseschau.model.Subscription;
import de.presseschau.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OPML as other readers write it, read into categories; feeds.txt written as OPML and read back. */
class OpmlTest {

    private final OpmlReader reader = new OpmlReader();

    @TempDir
    Path dir;

    @Test
    void readsFreshRssCategoriesFromTheTextOfTheEnclosingOutline() throws OpmlException {
        List<OpmlFeed> feeds = reader.read(Fixtures.bytes("opml/freshrss.opml"));

        assertEquals(4, feeds.size());
        assertEquals(new OpmlFeed("https://www.tagesschau.de/xml/rss2/",
                "tagesschau.de - die erste Adresse für Nachrichten und Information", "Nachrichten"), feeds.get(0));
        assertEquals(new OpmlFeed("https://rss.golem.de/rss.php?feed=RSS2.0", "Golem.de", "Technik & Wissen"), feeds.get(3));
    }

    @Test
    void readsThunderbirdsNestedFoldersWithTitlesOnly() throws OpmlException {
        List<OpmlFeed> feeds = reader.read(Fixtures.bytes("opml/thunderbird.opml"));

        assertEquals(List.of("Feuilleton", "Blogs & Nachrichtenfeeds", "Blogs & Nachrichtenfeeds", FeedList.DEFAULT_TOPIC),
                feeds.stream().map(OpmlFeed::category).toList());
        assertEquals("Deutschlandfunk Kultur", feeds.get(0).title());
        assertEquals("FAZ.NET - Aktuell", feeds.get(3).title());
    }

    @Test
    void importAppendsUnderTheCategoriesSkipsWhatIsListedAndLeavesTheFileAsItWas() throws Exception {
        Path feedsTxt = dir.resolve("feeds.txt");
        String before = "# meine Feeds\n[Politik]\nhttps://www.tagesschau.de/xml/rss2/   Tagesschau";
        Files.writeString(feedsTxt, before);

        OpmlImport.Result first = new OpmlImport(feedsTxt).importFeeds(reader.read(Fixtures.bytes("opml/feedly.opml")));
        OpmlImport.Result second = new OpmlImport(feedsTxt).importFeeds(reader.read(Fixtures.bytes("opml/thunderbird.opml")));
        OpmlImport.Result again = new OpmlImport(feedsTxt).importFeeds(reader.read(Fixtures.bytes("opml/thunderbird.opml")));

        String after = Files.readString(feedsTxt);
        assertTrue(after.startsWith(before + "\n"), after);
        FeedList list = FeedList.parse(after);
        assertEquals(List.of(), list.problems());
        assertEquals(List.of("https://newsfeed.zeit.de/politik/index", "https://www.sportschau.de/index~rss2.xml"),
                first.added().stream().map(OpmlFeed::url).toList());
        assertEquals("steht schon in feeds.txt", first.skipped().get(0).reason());
        assertEquals(3, second.added().size());
        assertEquals(List.of("keine http(s)-Adresse"), second.skipped().stream().map(OpmlImport.Skipped::reason).toList());
        assertEquals(List.of(), again.added());
        assertEquals(4, again.skipped().size());
        Subscription zeit = find(list, "https://newsfeed.zeit.de/politik/index");
        assertEquals("Politik", zeit.topic());
        assertEquals("ZEIT ONLINE | Politik", zeit.title());
        assertEquals("sportschau.de Fußball", find(list, "https://www.sportschau.de/index~rss2.xml").title(),
                "a # in a title would start a comment");
        assertEquals("Sport", find(list, "https://www.sportschau.de/index~rss2.xml").topic());
        assertEquals("Feuilleton", find(list, "https://www.deutschlandfunkkultur.de/kulturpresseschau-100.rss").topic());
        assertEquals(6, list.subscriptions().size());
    }

    @Test
    void exportedOpmlReadsBackWithEveryFeedTopicAndTitle() throws OpmlException {
        FeedList list = FeedList.parse("[Politik]\nhttps://www.tagesschau.de/xml/rss2/  Tagesschau\n"
                + "https://www.spiegel.de/politik/index.rss\n[Kultur & \"Medien\"]\nhttps://example.org/feed?a=1&b=2  Kunst <neu>\n");

        String opml = new OpmlWriter().write(list.subscriptions());
        List<OpmlFeed> back = reader.read(opml.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(new OpmlFeed("https://www.tagesschau.de/xml/rss2/", "Tagesschau", "Politik"),
                new OpmlFeed("https://www.spiegel.de/politik/index.rss", "https://www.spiegel.de/politik/index.rss", "Politik"),
                new OpmlFeed("https://example.org/feed?a=1&b=2", "Kunst <neu>", "Kultur & \"Medien\"")), back);
    }

    @Test
    void brokenOrForeignFilesAreRefusedWithAReason() {
        OpmlException cut = assertThrows(OpmlException.class, () -> reader.read(Fixtures.bytes("opml/abgebrochen.opml")));
        OpmlException html = assertThrows(OpmlException.class,
                () -> reader.read("<html><body><p>Hallo</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        OpmlException doctype = assertThrows(OpmlException.class, () -> reader.read(("<?xml version=\"1.0\"?><!DOCTYPE opml ["
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example/\"/>"
                + "</body></opml>").getBytes(StandardCharsets.UTF_8)));
        OpmlException empty = assertThrows(OpmlException.class, () -> reader.read(new byte[0]));

        assertTrue(cut.getMessage().startsWith("Keine lesbare OPML-Datei: XML-Fehler in Zeile 7"), cut.getMessage());
        assertEquals("Keine OPML-Datei: das Wurzelelement ist <html>, nicht <opml>.", html.getMessage());
        assertTrue(doctype.getMessage().startsWith("Keine lesbare OPML-Datei"), doctype.getMessage());
        assertEquals("Keine OPML-Datei: die Datei ist leer.", empty.getMessage());
    }

    private static Subscription find(FeedList list, String url) {
        return list.subscriptions().stream().filter(s -> s.url().equals(url)).findFirst().orElseThrow();
    }
}
