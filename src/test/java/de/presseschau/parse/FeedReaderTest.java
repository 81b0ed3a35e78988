package de.presseschau.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dialects and constructs ROME's model lost: namespaces, CDF, xml:base, Atom text types, repeated summaries. */
class FeedReaderTest {

    private static final String BASE = "https://www.example.de/feeds/alle.xml";

    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE);
    }

    @Test
    void readsAtomWhateverNamespaceTheFeedDeclares() throws Exception {
        ParsedFeed feed = parse("<feed version=\"0.3\" xmlns=\"http://example.com/newformat#\"><title>Neu</title>"
                + "<entry><title>Eins</title><id>urn:1</id></entry></feed>");

        assertEquals("Neu", feed.title());
        assertEquals("urn:1", feed.entries().get(0).guid());
    }

    @Test
    void readsRss10WithPrefixedElementsAndExtensions() throws Exception {
        ParsedFeed feed = parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:rss=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<rss:channel><rss:title>Kanal</rss:title><rss:description>Alles</rss:description></rss:channel>"
                + "<rss:item rdf:about=\"https://www.example.de/a\"><dc:title>Eintrag</dc:title>"
                + "<dc:creator>Erika Mustermann</dc:creator><dc:date>2024-05-01T09:30:00+02:00</dc:date>"
                + "<dc:subject>Politik</dc:subject></rss:item></rdf:RDF>");

        assertEquals("Alles", feed.subtitle());
        ParsedEntry entry = feed.entries().get(0);
        assertEquals(new ParsedEntry("https://www.example.de/a", "https://www.example.de/a", "Eintrag",
                Instant.parse("2024-05-01T07:30:00Z"), null, null, "Erika Mustermann", List.of("Politik")), entry);
    }

    @Test
    void readsChannelDefinitionFormat() throws Exception {
        ParsedFeed feed = parse("<CHANNEL HREF=\"https://www.example.de/\"><TITLE>CDF</TITLE>"
                + "<ITEM HREF=\"/a.html\" LASTMOD=\"2004-04-06T23:05:43-05:00\"><TITLE>A</TITLE>"
                + "<ABSTRACT>Kurz</ABSTRACT></ITEM></CHANNEL>");

        ParsedEntry entry = feed.entries().get(0);
        assertEquals("https://www.example.de/", feed.link());
        assertEquals("https://www.example.de/a.html", entry.url());
        assertEquals("Kurz", entry.summaryHtml());
        assertEquals(Instant.parse("2004-04-07T04:05:43Z"), entry.publishedAt());
    }

    @Test
    void resolvesLinksAndLinksInContentAgainstXmlBase() throws Exception {
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://www.example.de/blog/\">"
                + "<entry xml:base=\"2024/\"><link href=\"eintrag.html\"/>"
                + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Siehe <a href=\"bild.html\">Bild</a>"
                + "<iframe src=\"x\"/> und mehr</div></content></entry></feed>");

        ParsedEntry entry = feed.entries().get(0);
        assertEquals("https://www.example.de/blog/2024/eintrag.html", entry.url());
        assertEquals("Siehe <a href=\"https://www.example.de/blog/2024/bild.html\">Bild</a>"
                + "<iframe src=\"https://www.example.de/blog/2024/x\"></iframe> und mehr", entry.contentHtml());
    }

    @Test
    void decodesAtomTextConstructsByTheirType() throws Exception {
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
                + "<title type=\"text\">1 &lt; 2 &amp; &lt;b&gt;</title>"
                + "<summary type=\"html\"><div xmlns=\"http://www.w3.org/1999/xhtml\">&lt;b&gt;fett&lt;/b&gt;</div></summary>"
                + "<content type=\"application/octet-stream\">PHA+SW5oYWx0PC9wPg==</content></entry></feed>");

        ParsedEntry entry = feed.entries().get(0);
        assertEquals("1 < 2 & <b>", entry.title());
        assertEquals("<b>fett</b>", entry.summaryHtml());
        assertEquals("<p>Inhalt</p>", entry.contentHtml());
    }

    @Test
    void takesTheSecondOfSummaryAndDescriptionAsTheBody() throws Exception {
        ParsedEntry entry = parse("<rss version=\"2.0\"><channel><item><summary>Kurz</summary>"
                + "<description>Lang</description></item></channel></rss>").entries().get(0);

        assertEquals("Kurz", entry.summaryHtml());
        assertEquals("Lang", entry.contentHtml());
    }

    @Test
    void readsTheNameOutOfAuthorsWithAnAddress() throws Exception {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel>"
                + "<item><author>erika@example.de (Erika Mustermann)</author></item>"
                + "<item><author>Max Muster &lt;max@example.de&gt;</author></item>"
                + "<item><author>nur@example.de</author></item></channel></rss>");

        assertEquals(List.of("Erika Mustermann", "Max Muster", "nur@example.de"),
                feed.entries().stream().map(ParsedEntry::author).toList());
    }

    @Test
    void readsWindows1252PunctuationThatArrivedAsControlCharacters() throws Exception {
        ParsedEntry entry = parse("<rss version=\"2.0\"><channel><item><title>don\u0092t \u0084Zitat\u0093</title>"
                + "</item></channel></rss>").entries().get(0);

        assertEquals("don’t „Zitat“", entry.title());
    }

    @Test
    void completesADocumentCutOffInItsLastEndTag() throws Exception {
        ParsedFeed feed = parse("<rss><channel><title>Kurz &#160;vor Schluss</title></channel></rss");

        assertEquals("Kurz vor Schluss", feed.title());
        assertNull(feed.link());
    }
}
