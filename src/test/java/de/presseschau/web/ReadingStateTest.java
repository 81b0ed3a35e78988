package de.presseschau.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.presseschau.model.Subscription;
import de.presseschau.store.NewEntry;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static de.presseschau.web.RunningReader.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Read, unread and Merken through the real reader: pages, forms and the JSON API. */
class ReadingStateTest {

    private final RunningReader reader = new RunningReader();
    private final long politikFeed;
    private final long zweiterPolitikFeed;
    private final long wirtschaftFeed;
    private final long wahl;
    private final long haushalt;
    private final long boerse;

    ReadingStateTest() {
        var feeds = reader.feeds.sync(List.of(
                new Subscription("https://politik.example/rss.xml", "Politik-Feed", "Politik", 0),
                new Subscription("https://inland.example/rss.xml", "Inland-Feed", "Politik", 1),
                new Subscription("https://boerse.example/rss.xml", "Börsen-Feed", "Wirtschaft", 2)), RunningReader.NOW);
        politikFeed = feeds.get(0).id();
        zweiterPolitikFeed = feeds.get(1).id();
        wirtschaftFeed = feeds.get(2).id();
        wahl = store(politikFeed, "https://news.example/wahl", "Wahl in Thüringen", 60);
        haushalt = store(politikFeed, "https://news.example/haushalt", "Haushalt beschlossen", 30);
        boerse = store(wirtschaftFeed, "https://news.example/dax", "DAX steigt", 10);
        // The same article reached through a second feed (of the same topic) and through the Wirtschaft feed.
        store(zweiterPolitikFeed, "https://news.example/wahl", "Wahl in Thüringen", 60);
        store(wirtschaftFeed, "https://news.example/haushalt", "Haushalt beschlossen", 30);
    }

    private long store(long feed, String url, String title, int minutesAgo) {
        return reader.articles.addEntry(new NewEntry(feed, url, url, title,
                RunningReader.NOW.minusSeconds(60L * minutesAgo), null, title + ".", null, title + "."),
                RunningReader.NOW).articleId();
    }

    @AfterEach
    void close() {
        reader.close();
    }

    private HttpResponse<String> form(String path, String body) {
        return reader.send(path, r -> r.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> head(String path) {
        return reader.send(path, r -> r.method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void aHeadRequestAnswersAsTheGetWouldAndReadsNothing() {
        HttpResponse<String> article = head("/article/" + wahl);
        assertEquals(200, article.statusCode());
        assertTrue(article.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("", article.body());
        assertFalse(apiArticle(wahl).get("read").asBoolean(), "a HEAD marked the article read");

        assertEquals(404, head("/article/987654").statusCode());
        assertEquals(reader.get("/").headers().firstValue("Content-Type"), head("/").headers().firstValue("Content-Type"));
    }

    private JsonNode apiArticle(long id) {
        return reader.json(reader.get("/api/articles/" + id));
    }

    private int unreadInTopic(String topic) {
        for (JsonNode node : reader.json(reader.get("/api/topics"))) {
            if (node.get("name").asText().equals(topic)) {
                return node.get("unreadCount").asInt();
            }
        }
        throw new AssertionError("No topic " + topic);
    }

    private int unreadInFeed(long feedId) {
        for (JsonNode node : reader.json(reader.get("/api/feeds"))) {
            if (node.get("id").asLong() == feedId) {
                return node.get("unreadCount").asInt();
            }
        }
        throw new AssertionError("No feed " + feedId);
    }

    @Test
    void openingTheReadingViewMarksTheArticleReadInEveryFeedAndTopic() {
        assertFalse(apiArticle(wahl).get("read").asBoolean());
        assertEquals(2, unreadInTopic("Politik"));
        assertEquals(1, unreadInFeed(zweiterPolitikFeed));

        assertEquals(200, reader.get("/article/" + haushalt).statusCode());

        assertTrue(apiArticle(haushalt).get("read").asBoolean());
        assertEquals(1, unreadInTopic("Politik"));
        assertEquals(1, unreadInTopic("Wirtschaft"), "read through Politik is read in Wirtschaft too");
        assertEquals(1, unreadInFeed(politikFeed));
        assertEquals(1, unreadInFeed(wirtschaftFeed));
        assertEquals(List.of("1", "1", "1"), html(reader.get("/feeds")).select("dd.unread-count").eachText());
        JsonNode listed = reader.json(reader.get("/api/articles?topic=Wirtschaft"));
        assertEquals(List.of(false, true), List.of(listed.get(0).get("read").asBoolean(), listed.get(1).get("read").asBoolean()),
                listed.toString());
    }

    @Test
    void theReadingViewsUnreadButtonSetsItBackAndReturnsToTheTopic() {
        Document view = html(reader.get("/article/" + wahl));
        var unreadForm = view.selectFirst("form[action=/article/" + wahl + "/unread]");
        String back = unreadForm.selectFirst("input[name=back]").attr("value");

        HttpResponse<String> answer = form("/article/" + wahl + "/unread", "back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));

        assertEquals(303, answer.statusCode());
        assertEquals("/topic/Politik", answer.headers().firstValue("Location").orElseThrow());
        assertFalse(apiArticle(wahl).get("read").asBoolean());
    }

    @Test
    void aFormNeverSendsTheReaderToAnotherSite() {
        HttpResponse<String> answer = form("/article/" + wahl + "/star", "back=%2F%2Fevil.example%2F");

        assertEquals(303, answer.statusCode());
        assertEquals("/article/" + wahl, answer.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void markingATopicReadLeavesWhatArrivedAfterThePageWasShown() {
        Document topic = html(reader.get("/topic/Politik"));
        var markForm = topic.selectFirst("form[action=/topic/Politik/read]");
        String newestShown = markForm.selectFirst("input[name=bis]").attr("value");
        long late = store(politikFeed, "https://news.example/spaet", "Später eingetroffen", 120);

        HttpResponse<String> answer = form("/topic/Politik/read", "bis=" + newestShown + "&back=%2Ftopic%2FPolitik");

        assertEquals(303, answer.statusCode());
        assertTrue(apiArticle(wahl).get("read").asBoolean());
        assertTrue(apiArticle(haushalt).get("read").asBoolean());
        assertFalse(apiArticle(late).get("read").asBoolean(), "arrived after the page was shown");
        assertFalse(apiArticle(boerse).get("read").asBoolean(), "another topic");
        assertEquals(1, unreadInTopic("Politik"));
    }

    @Test
    void theUnreadFilterShowsOnlyUnreadArticles() {
        reader.get("/article/" + wahl);

        Document all = html(reader.get("/topic/Politik"));
        Document unread = html(reader.get("/topic/Politik?ungelesen"));

        assertEquals(List.of("Haushalt beschlossen", "Wahl in Thüringen"), all.select("li.teaser h3 a").eachText());
        assertEquals(List.of("Haushalt beschlossen"), unread.select("li.teaser h3 a").eachText());
        assertEquals(1, all.select("li.teaser.read").size());
        assertTrue(unread.selectFirst("a.filter").attr("href").equals("/topic/Politik"));
    }

    @Test
    void pagesShownBeforeAReadOrANewArticleShowItRightAfter() {
        assertEquals(0, html(reader.get("/")).select("li.teaser.read").size());
        assertEquals(0, html(reader.get("/topic/Politik")).select("li.teaser.read").size());

        reader.get("/article/" + wahl);
        store(politikFeed, "https://news.example/neu", "Neu eingetroffen", 1);

        Document front = html(reader.get("/"));
        Document topic = html(reader.get("/topic/Politik"));
        assertEquals(1, front.select("li.teaser.read").size(), front.select("li.teaser").outerHtml());
        assertEquals(1, topic.select("li.teaser.read").size());
        assertTrue(front.text().contains("Neu eingetroffen"));
        assertEquals(List.of("Neu eingetroffen", "Haushalt beschlossen", "Wahl in Thüringen"),
                topic.select("li.teaser h3 a").eachText());
    }

    @Test
    void starredArticlesAreOnTheMerklisteUntilUnstarred() {
        assertEquals(303, form("/article/" + boerse + "/star", "back=%2F").statusCode());
        assertEquals(303, form("/article/" + wahl + "/star", "back=%2F").statusCode());

        Document merkliste = html(reader.get("/merkliste"));
        assertEquals(2, merkliste.select("li.teaser").size());
        assertTrue(apiArticle(boerse).get("starred").asBoolean());

        form("/article/" + boerse + "/unstar", "back=%2Fmerkliste");
        assertEquals(List.of("Wahl in Thüringen"), html(reader.get("/merkliste")).select("li.teaser h3 a").eachText());
        assertFalse(apiArticle(boerse).get("starred").asBoolean());
    }

    @Test
    void theApiSetsAndClearsBothMarks() {
        JsonNode starred = reader.json(reader.post("/api/articles/" + boerse + "/star"));
        JsonNode read = reader.json(reader.post("/api/articles/" + boerse + "/read"));

        assertTrue(starred.get("starred").asBoolean());
        assertTrue(read.get("read").asBoolean() && read.get("starred").asBoolean());
        assertEquals(0, unreadInFeed(wirtschaftFeed) - 1, "Haushalt is still unread in the Wirtschaft feed");

        JsonNode cleared = reader.json(reader.post("/api/articles/" + boerse + "/unread"));
        cleared = reader.json(reader.post("/api/articles/" + boerse + "/unstar"));
        assertFalse(cleared.get("read").asBoolean() || cleared.get("starred").asBoolean());
        assertEquals(404, reader.post("/api/articles/999999/read").statusCode());
    }

    @Test
    void unknownArticlesAreNotFound() {
        assertEquals(404, form("/article/424242/star", "").statusCode());
        assertEquals(400, form("/topic/Politik/read", "").statusCode());
    }
}
