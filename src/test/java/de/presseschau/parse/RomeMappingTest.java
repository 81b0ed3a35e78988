package de.presseschau.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ROME's model as the source, and the tree's supplement where ROME's model is empty or wrong. */
class RomeMappingTest {

    private static final String BASE = "https://www.example.de/feeds/alle.xml";

    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE);
    }

    @Test
    void readsInlineXhtmlContentWithoutTheWrapperRomeKeeps() throws Exception {
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom</title><entry><id>urn:1</id>"
                + "<title>Eins</title><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<p>Hallo <b>Welt</b></p></div></content></entry></feed>");

        assertEquals("<p>Hallo <b>Welt</b></p>", feed.entries().get(0).contentHtml());
    }

    @Test
    void namesAtomCategoriesByTheirLabelRatherThanRomesTerm() throws Exception {
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:1</id><title>Eins</title>"
                + "<category term=\"pol\" label=\"Politik\"/><category term=\"Wirtschaft\"/></entry></feed>");

        assertEquals(List.of("Politik", "Wirtschaft"), feed.entries().get(0).categories());
    }

    @Test
    void readsGermanDatesRomeCannotFromTheTree() throws Exception {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>Kanal</title><item><title>Eins</title>"
                + "<pubDate>Fr, 06 Jan 2017 10:00:00 +0100</pubDate></item></channel></rss>");

        assertEquals(Instant.parse("2017-01-06T09:00:00Z"), feed.entries().get(0).publishedAt());
    }

    @Test
    void pairsEachOfRomesEntriesWithItsOwnElementWhenTheTreeFindsMore() throws Exception {
        // ROME skips the first item (it is in Userland's RSS namespace); the tree counts it, so positions differ.
        ParsedFeed feed = parse("<rss version=\"2.0\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"><channel>"
                + "<title>Kanal</title>"
                + "<item xmlns=\"http://backend.userland.com/rss2\"><title>Fremd</title></item>"
                + "<item><guid>a</guid><title>A</title><xhtml:body><p>Text von A</p></xhtml:body></item>"
                + "<item><guid>b</guid><title>B</title><xhtml:body><p>Text von B</p></xhtml:body></item>"
                + "</channel></rss>");

        assertEquals(List.of("A", "B"), feed.entries().stream().map(ParsedEntry::title).toList());
        assertEquals("<p>Text von A</p>", feed.entries().get(0).contentHtml());
        assertEquals("<p>Text von B</p>", feed.entries().get(1).contentHtml());
    }

    @Test
    void readsDocumentsRomeRejectsFromTheTreeAlone() throws Exception {
        ParsedFeed feed = parse("<channel href=\"https://www.example.de/\"><title>Kanal</title>"
                + "<item href=\"https://www.example.de/a\"><title>Eintrag</title></item></channel>");

        assertEquals("Kanal", feed.title());
        assertEquals("https://www.example.de/a", feed.entries().get(0).url());
    }
}
