package de.presseschau.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real servers send besides clean feeds: wrong labels, HTML entities, DTDs, junk and pages that are no feed. */
class FeedParserRobustnessTest {

    private static final String BASE = "https://www.example.de/feeds/alle.xml";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String GERMAN_TITLE = "Größere Änderungen für Bürger – „Straßenbahn“ kostet 5 €";
    private static final String GERMAN_SUMMARY = "Übermäßig schöne Grüße aus Köln…";

    private final FeedParser parser = new FeedParser();

    private static String rss(String declaration, String items) {
        return declaration + "<rss version=\"2.0\"><channel><title>Testfeed</title><link>https://www.example.de/</link>"
                + items + "</channel></rss>";
    }

    private static String item(String title, String description) {
        return "<item><title>" + title + "</title><description>" + description + "</description></item>";
    }

    private ParsedEntry onlyEntry(byte[] body, String httpCharset) throws FeedParseException {
        List<ParsedEntry> entries = parser.parse(body, httpCharset, BASE).entries();
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    @Test
    void readsTheSameGermanTextIdenticallyWhateverTheEncoding() throws Exception {
        String items = item(GERMAN_TITLE, GERMAN_SUMMARY);
        List<byte[]> bodies = List.of(
                rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", items).getBytes(StandardCharsets.UTF_8),
                rss("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", items).getBytes(WINDOWS_1252),
                rss("<?xml version='1.0' encoding='latin1'?>", items).getBytes(WINDOWS_1252),
                rss("<?xml version=\"1.0\" encoding=\"windows-1252\"?>", items).getBytes(WINDOWS_1252),
                rss("<?xml version=\"1.0\"?>", items).getBytes(StandardCharsets.UTF_8),
                rss("", items).getBytes(WINDOWS_1252),
                rss("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", items).getBytes(StandardCharsets.UTF_16));

        for (byte[] body : bodies) {
            ParsedEntry entry = onlyEntry(body, null);
            assertEquals(GERMAN_TITLE, entry.title());
            assertEquals(GERMAN_SUMMARY, entry.summaryHtml());
        }
    }

    @Test
    void usesTheHttpCharsetOnlyWhenTheDocumentDeclaresNone() throws Exception {
        byte[] latin = rss("<?xml version=\"1.0\"?>", item(GERMAN_TITLE, GERMAN_SUMMARY)).getBytes(WINDOWS_1252);
        byte[] declaredLatin = rss("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", item(GERMAN_TITLE, "x"))
                .getBytes(WINDOWS_1252);

        assertEquals(GERMAN_TITLE, onlyEntry(latin, "ISO-8859-1").title());
        assertEquals(GERMAN_TITLE, onlyEntry(declaredLatin, "UTF-8").title());
    }

    @Test
    void fallsBackToWindows1252WhenUtf8IsDeclaredButTheBytesAreNot() throws Exception {
        byte[] body = rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", item(GERMAN_TITLE, GERMAN_SUMMARY))
                .getBytes(WINDOWS_1252);

        assertEquals(GERMAN_TITLE, onlyEntry(body, "utf-8").title());
    }

    @Test
    void repairsUtf8BytesThatWereLabelledLatin1() throws Exception {
        byte[] body = rss("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", item(GERMAN_TITLE, GERMAN_SUMMARY))
                .getBytes(StandardCharsets.UTF_8);

        ParsedEntry entry = onlyEntry(body, null);

        assertEquals(GERMAN_TITLE, entry.title());
        assertEquals(GERMAN_SUMMARY, entry.summaryHtml());
    }

    @Test
    void readsHtmlEntitiesThatXmlDoesNotKnow() throws Exception {
        byte[] body = rss("", item("Gr&ouml;&szlig;e&nbsp;&amp; Gew&auml;hr &ndash; AT&T &#150; &#x201E;Zitat&#8220;",
                "Ein&nbsp;Satz mit &Uuml;berraschung &amp; &lt;b&gt;HTML&lt;/b&gt;")).getBytes(StandardCharsets.UTF_8);

        ParsedEntry entry = onlyEntry(body, null);

        assertEquals("Größe & Gewähr – AT&T – „Zitat“", entry.title());
        assertEquals("Ein\u00A0Satz mit Überraschung & <b>HTML</b>", entry.summaryHtml());
    }

    @Test
    void leavesEntitiesInsideCdataForTheHtmlReader() throws Exception {
        byte[] body = rss("", item("T", "<![CDATA[<p>Erster&nbsp;Absatz &amp; mehr</p>]]>")).getBytes(StandardCharsets.UTF_8);

        assertEquals("<p>Erster&nbsp;Absatz &amp; mehr</p>", onlyEntry(body, null).summaryHtml());
    }

    @Test
    void decodesDoubleEscapedTitlesToPlainText() throws Exception {
        byte[] body = rss("", item("Analyst: &amp;quot;Buy&amp;quot; &lt;b&gt;fett&lt;/b&gt;  \n  und gut ", "x"))
                .getBytes(StandardCharsets.UTF_8);

        assertEquals("Analyst: \"Buy\" fett und gut", onlyEntry(body, null).title());
    }

    @Test
    void neverLoadsAnExternalEntity(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("geheim.txt");
        Files.writeString(secret, "STRENG-GEHEIM-4711");
        String doctype = "<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY % remote SYSTEM \"" + secret.toUri() + "\">\n  %remote;\n]>\n";
        byte[] body = rss("<?xml version=\"1.0\"?>\n" + doctype, item("Titel &xxe;", "Text &xxe;"))
                .getBytes(StandardCharsets.UTF_8);

        ParsedFeed feed = parser.parse(body, null, BASE);

        ParsedEntry entry = feed.entries().get(0);
        assertEquals("Titel &xxe;", entry.title());
        assertFalse(entry.toString().contains("STRENG-GEHEIM"), entry.toString());
        assertFalse(feed.toString().contains("STRENG-GEHEIM"));
    }

    @Test
    void stripsCharactersIllegalInXmlAndJunkBeforeTheRoot() throws Exception {
        String feed = "\n<br />\n<b>Warning</b>: Cannot modify header information in feed.php\n"
                + rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                item("Null\u0000 und\u000B Steuer\u001Fzeichen&#1; weg", "ok"));

        assertEquals("Null und Steuerzeichen weg", onlyEntry(feed.getBytes(StandardCharsets.UTF_8), null).title());
    }

    @Test
    void makesLinksAbsoluteAgainstTheFeedUrl() throws Exception {
        String items = "<item><title>a</title><link>/politik/artikel-1.html</link></item>"
                + "<item><title>b</title><link>artikel-2.html</link></item>"
                + "<item><title>c</title><link>javascript:alert(1)</link></item>"
                + "<item><title>d</title><guid>https://www.example.de/d</guid></item>"
                + "<item><title>e</title><guid isPermaLink=\"false\">intern-17</guid></item>";

        List<ParsedEntry> entries = parser.parse(rss("", items).getBytes(StandardCharsets.UTF_8), null, BASE).entries();

        assertEquals("https://www.example.de/politik/artikel-1.html", entries.get(0).url());
        assertEquals("https://www.example.de/feeds/artikel-2.html", entries.get(1).url());
        assertNull(entries.get(2).url());
        assertEquals("https://www.example.de/d", entries.get(3).url());
        assertNull(entries.get(4).url());
        assertEquals("intern-17", entries.get(4).guid());
    }

    @Test
    void readsDatesWithGermanDayAndMonthNames() throws Exception {
        String items = "<item><title>a</title><pubDate>Fr, 06 Jan 2017 11:46:00 +0000</pubDate></item>"
                + "<item><title>b</title><pubDate>Di, 03 Mär 2015 08:00:00 +0100</pubDate></item>"
                + "<item><title>c</title><pubDate>Tue, 31 Mar 15 17:36:18 +0200</pubDate></item>"
                + "<item><title>d</title><pubDate>irgendwann demnächst</pubDate></item>";

        List<ParsedEntry> entries = parser.parse(rss("", items).getBytes(StandardCharsets.UTF_8), null, BASE).entries();

        assertEquals(Instant.parse("2017-01-06T11:46:00Z"), entries.get(0).publishedAt());
        assertEquals(Instant.parse("2015-03-03T07:00:00Z"), entries.get(1).publishedAt());
        assertEquals(Instant.parse("2015-03-31T15:36:18Z"), entries.get(2).publishedAt());
        assertNull(entries.get(3).publishedAt());
    }

    @Test
    void takesTheUpdatedDateWhenAnAtomEntryHasNoPublishedOne() throws Exception {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"html\">&lt;b&gt;Nachrichten&lt;/b&gt;</title>"
                + "<id>urn:x</id><updated>2024-05-01T10:00:00Z</updated>"
                + "<entry><id>urn:e1</id><title type=\"text\">1 &lt; 2</title><updated>2024-05-01T09:30:00+02:00</updated>"
                + "<link href=\"/a/1\"/><summary type=\"text\">a &lt; b</summary>"
                + "<content type=\"html\">&lt;p&gt;Inhalt&lt;/p&gt;</content>"
                + "<author><name>Erika Mustermann</name></author><category term=\"Politik\"/></entry></feed>";

        ParsedFeed feed = parser.parse(atom.getBytes(StandardCharsets.UTF_8), null, BASE);

        assertEquals("Nachrichten", feed.title());
        ParsedEntry entry = feed.entries().get(0);
        assertEquals(new ParsedEntry("urn:e1", "https://www.example.de/a/1", "1 < 2",
                Instant.parse("2024-05-01T07:30:00Z"), "a &lt; b", "<p>Inhalt</p>", "Erika Mustermann",
                List.of("Politik")), entry);
    }

    @Test
    void refusesAnHtmlPage() {
        byte[] page = ("<!DOCTYPE html>\n<html lang=\"de\"><head><title>Startseite</title></head>"
                + "<body><p>Willkommen&nbsp;!</p></body></html>").getBytes(StandardCharsets.UTF_8);

        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(page, "utf-8", BASE));

        assertEquals("Keine Feed-Datei: HTML-Seite erhalten", e.getMessage());
    }

    @Test
    void refusesEmptyAndBinaryBodies() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0};

        assertEquals("Keine Feed-Datei: leere Antwort",
                assertThrows(FeedParseException.class, () -> parser.parse(new byte[0], null, BASE)).getMessage());
        assertEquals("Keine Feed-Datei: leere Antwort",
                assertThrows(FeedParseException.class, () -> parser.parse(" \n ".getBytes(StandardCharsets.UTF_8), null, BASE)).getMessage());
        assertEquals("Keine Feed-Datei: Binärdaten erhalten",
                assertThrows(FeedParseException.class, () -> parser.parse(png, null, BASE)).getMessage());
    }

    @Test
    void refusesXmlThatIsNoFeed() {
        byte[] note = "<?xml version=\"1.0\"?><note><to>Tove</to></note>".getBytes(StandardCharsets.UTF_8);

        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(note, null, BASE));

        assertEquals("Keine Feed-Datei: unbekanntes Format <note>", e.getMessage());
    }

    @Test
    void saysWhereTheXmlIsBroken() {
        byte[] broken = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel><title>Kaputt</channel>\n</rss>"
                .getBytes(StandardCharsets.UTF_8);

        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(broken, null, BASE));

        assertTrue(e.getMessage().startsWith("Fehlerhaftes XML: Zeile 3: "), e.getMessage());
    }
}
