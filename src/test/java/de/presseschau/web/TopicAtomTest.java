package de.presseschau.web;

import de.presseschau.parse.FeedParser;
import de.presseschau.parse.ParsedEntry;
import de.presseschau.parse.ParsedFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /topic/{name}.atom read back by the reader's own feed parser (ROME underneath) and a strict XML parser. */
class TopicAtomTest {

    private final RunningReader reader = new RunningReader();
    private final GermanNews news = GermanNews.storeIn(reader.feeds, reader.articles);

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void aTopicIsAnAtomFeedWithTheExtractedBodiesNewestFirst() throws Exception {
        HttpResponse<String> answer = reader.get("/topic/Politik.atom");
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);

        assertEquals(200, answer.statusCode());
        assertTrue(RunningReader.contentType(answer).startsWith("application/atom+xml"));
        DocumentBuilderFactory strict = DocumentBuilderFactory.newInstance();
        strict.setNamespaceAware(true);
        assertEquals("http://www.w3.org/2005/Atom",
                strict.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement().getNamespaceURI());
        ParsedFeed feed = new FeedParser().parse(body, "utf-8", answer.uri().toString());
        assertEquals("Politik – Presseschau", feed.title());
        assertEquals(TopicAtom.ENTRIES, feed.entries().size());
        ParsedEntry first = feed.entries().get(0);
        assertEquals(GermanNews.STRASSENBAHN_TITLE, first.title());
        assertEquals("https://politik.example/strassenbahn", first.url());
        assertEquals(RunningReader.NOW.minusSeconds(300), first.publishedAt());
        assertTrue(first.contentHtml().contains("Die neue Straßenbahn fährt öfter und ist größer."), first.contentHtml());
        assertTrue(first.contentHtml().contains("<img"), "the body keeps its image");
        assertEquals("Politik-Meldung Nr. 1", feed.entries().get(1).title());
        assertTrue(feed.entries().get(1).contentHtml().contains("Kurzfassung der Meldung 1"), "the feed's text without a body");
    }

    @Test
    void markupInTitlesStaysTextAndTopicsWithUmlautsAndAmpersandsWork() throws Exception {
        HttpResponse<String> answer = reader.get("/topic/" + "Aus%20aller%20Welt" + ".atom");
        DocumentBuilderFactory strict = DocumentBuilderFactory.newInstance();
        strict.setNamespaceAware(true);
        var entryTitle = strict.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0).getFirstChild();
        while (!"title".equals(entryTitle.getLocalName())) {
            entryTitle = entryTitle.getNextSibling();
        }

        assertEquals(GermanNews.HOSTILE_TITLE, entryTitle.getTextContent(), "a plain-text title, exactly as stored");
        assertFalse(answer.body().contains("<script>"), "the title's markup travels escaped");
        assertEquals(200, reader.get(Links.topic(GermanNews.BOERSE) + ".atom").statusCode());
        assertEquals(404, reader.get("/topic/Gibt%20es%20nicht.atom").statusCode());
        assertEquals(200, reader.get("/topic/Politik").statusCode(), "the topic page itself is unchanged");
    }
}
