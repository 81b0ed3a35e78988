package de.presseschau.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real feeds from src/test/resources/parse (see SOURCE.md there); expected strings were read from their bytes. */
class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/parse/" + name)) {
            if (in == null) {
                throw new IOException("Missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    private ParsedFeed parse(String name, String httpCharset) throws Exception {
        return parser.parse(fixture(name), httpCharset, "https://feeds.example.org/" + name);
    }

    private static List<String> titles(ParsedFeed feed) {
        return feed.entries().stream().map(ParsedEntry::title).toList();
    }

    @Test
    void readsAnIso88591Rss091FeedThatCarriesTheNetscapeDoctype() throws Exception {
        ParsedFeed feed = parse("prolinux-news-rss091-iso8859-1.xml", null);

        assertEquals("Pro-Linux News", feed.title());
        assertEquals("http://www.pro-linux.de/", feed.link());
        assertEquals(List.of("Mainsoft und IBM wollen Portierung auf Linux unterstützen",
                "Captive NTFS 1.1.6.1 erschienen", "linuxrobots.org startet mit steuerbarem Roboter"), titles(feed));
        ParsedEntry first = feed.entries().get(0);
        assertEquals("http://www.pro-linux.de/news/2006/9148.html", first.url());
        assertEquals("Gemeinsam wollen Mainsoft und IBM dafür sorgen, daß sich.NET-Anwendungen für Windows einfach "
                + "auf eine J2EE-Plattform unter Linux portieren lassen.", first.summaryHtml());
        assertNull(first.guid(), "RSS 0.91 has no guid; the link is not passed off as one");
        assertNull(first.publishedAt());
    }

    @Test
    void readsAnIso88591Rss091FeedWithDates() throws Exception {
        ParsedFeed feed = parse("stadtfeuerwehr-weiz-einsaetze-rss091-iso8859-1-2018.xml", null);

        assertEquals("Stadtfeuerwehr Weiz - Einsätze", feed.title());
        assertEquals(15, feed.entries().size());
        ParsedEntry first = feed.entries().get(0);
        assertEquals("[19.08.2018 - 07:08 Uhr] Brandmeldeanlagenalarm", first.title());
        assertEquals("http://www.stadtfeuerwehr-weiz.at/einsaetze/einsatz-detail/5220/", first.url());
        assertEquals(Instant.parse("2018-08-19T06:08:00Z"), first.publishedAt());
        assertTrue(first.summaryHtml().contains("Weitere Informationen"), first.summaryHtml());
    }

    @Test
    void readsAUtf8Rss2FeedWithContentEncoded() throws Exception {
        ParsedFeed feed = parse("spreeblick-blog-rss2-2006.xml", "utf-8");

        assertEquals("Spreeblick", feed.title());
        assertEquals(3, feed.entries().size());
        ParsedEntry first = feed.entries().get(0);
        assertEquals("Blog-Block", first.title());
        assertEquals("http://www.spreeblick.com/2006/03/18/blog-block/", first.guid());
        assertEquals("http://www.spreeblick.com/2006/03/18/blog-block/", first.url());
        assertEquals(Instant.parse("2006-03-17T23:42:26Z"), first.publishedAt());
        assertTrue(first.summaryHtml().startsWith("Ich sitze Block J, Tribüne 2, ganz links oben."), first.summaryHtml());
        assertTrue(first.contentHtml().startsWith("<p>Ich sitze Block J, Tribüne 2, ganz links oben. Links neben mir "
                + "Tanja. Es sind noch Plätze frei im <a href=\"http://www.largestonlinestadium.com/fan/Johnny\">"
                + "&#8222;Größten Online-Stadion&#8220;</a>!</p>"), first.contentHtml());
        assertEquals("Die lustigste Reaktion zum “Thema”", feed.entries().get(1).title());
        assertEquals(Instant.parse("2006-03-17T16:47:59Z"), feed.entries().get(1).publishedAt());
    }

    @Test
    void readsAnRdf10FeedWithDublinCoreDatesAndSubjects() throws Exception {
        ParsedFeed feed = parse("orf-news-rdf10-2017.xml", null);

        assertEquals("news.ORF.at", feed.title());
        assertEquals("http://orf.at/", feed.link());
        assertEquals(50, feed.entries().size());
        ParsedEntry fifth = feed.entries().get(4);
        assertEquals("Feldsperling erstmals häufigster Vogel", fifth.title());
        assertEquals("http://orf.at/stories/2376365/", fifth.url());
        assertEquals("http://orf.at/stories/2376365/", fifth.guid());
        assertEquals(Instant.parse("2017-01-23T19:51:06Z"), fifth.publishedAt());
        assertEquals(List.of("Chronik"), fifth.categories());
        assertEquals("US-Band New Edition mit Stern auf „Walk of Fame“ geehrt", feed.entries().get(0).title());
    }

    @Test
    void readsAnAtom10Feed() throws Exception {
        ParsedFeed feed = parse("heise-newsticker-atom-2009.xml", null);

        assertEquals("heise online News", feed.title());
        assertEquals(List.of("Was war. Was wird.", "Satyam-Chef festgenommen", "25 Prozent mehr Geräte mit WLAN",
                "Google kündigt Mac- und Linux-Versionen von Chrome an", "Operas Wii-Browser soll Acid3-Test bestehen"),
                titles(feed));
        ParsedEntry third = feed.entries().get(2);
        assertEquals("http://www.heise.de/newsticker/meldung/121488", third.guid());
        assertEquals("http://www.heise.de/newsticker/25-Prozent-mehr-Geraete-mit-WLAN--/meldung/121488/from/atom10",
                third.url());
        assertEquals(Instant.parse("2009-01-10T15:38:07Z"), third.publishedAt());
    }

    @Test
    void readsAnAtom03FeedWithXmlBase() throws Exception {
        ParsedFeed feed = parse("bildblog-atom-2006.xml", null);

        assertEquals("BILDblog", feed.title());
        assertEquals(1, feed.entries().size());
        ParsedEntry entry = feed.entries().get(0);
        assertEquals("http://www.bildblog.de/?p=1235", entry.url());
        assertEquals(Instant.parse("2006-03-17T17:52:25Z"), entry.publishedAt());
        assertTrue(entry.summaryHtml().contains("Gedenkst&#228;tte"), entry.summaryHtml());
    }

    @Test
    void readsTheGolemRdfFeedInIso88591() throws Exception {
        ParsedFeed feed = parse("golem-all-rdf10-iso8859-1-2023.xml", null);

        assertEquals(1, feed.entries().size());
        ParsedEntry entry = feed.entries().get(0);
        assertEquals("Digitalministerium: Neue Glasfaserförderung mit Schnellkasse", entry.title());
        assertEquals(Instant.parse("2023-01-25T18:03:02Z"), entry.publishedAt());
        assertTrue(entry.summaryHtml().startsWith("Ab April soll es wieder Förderung für den Ausbau von Glasfaser "
                + "geben. Das Bundesdigitalministerium will es diesmal besser machen. "
                + "(<a href=\"https://www.golem.de/specials/infrastruktur/\">Infrastruktur</a>"), entry.summaryHtml());
        assertTrue(entry.contentHtml().contains("Ab April soll es wieder Förderung für den Ausbau von Glasfaser geben."));
    }

    @Test
    void readsTheGolemRss2FeedInIso88591EvenWhenHttpClaimsUtf8() throws Exception {
        ParsedFeed feed = parse("golem-all-rss2-iso8859-1-2018.xml", "UTF-8");

        assertEquals("Golem.de", feed.title());
        assertEquals(40, feed.entries().size());
        assertTrue(titles(feed).contains("Quartalszahlen: AMDs Aktie gibt wegen mäßiger Aussichten nach"));
        assertTrue(titles(feed).contains("Uniti One: Elektroauto für 15.000 Euro wird in Großbritannien gebaut"));
        ParsedEntry first = feed.entries().get(0);
        assertEquals("Red Dead Redemption 2: Hinweise auf PC-Umsetzung in App von Rockstar Games", first.title());
        assertEquals("https://www.golem.de/1810/137358-rss.html", first.guid());
        assertEquals(Instant.parse("2018-10-28T12:48:00Z"), first.publishedAt());
        assertTrue(first.contentHtml() != null && first.contentHtml().contains("wünschen"), first.contentHtml());
    }

    @Test
    void repairsTextThatWasDoubleEncodedAtTheSource() throws Exception {
        ParsedFeed feed = parse("faz-aktuell-rss2-2017.xml", null);

        assertEquals(13, feed.entries().size());
        assertEquals("Kältewelle in Europa: Flüchtlinge und Obdachlose erfrieren", feed.entries().get(0).title());
        assertEquals("Infineon-Chef: „Ohne uns fährt kein Fahrzeug autonom“", feed.entries().get(1).title());
        assertTrue(feed.entries().get(1).summaryHtml().contains("title=\"„Das ist jetzt wie eine Automesse“\""));
    }
}
