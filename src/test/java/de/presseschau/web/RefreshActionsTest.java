package de.presseschau.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.model.UrlOrigin;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefreshActionsTest {

    private final RunningReader reader = new RunningReader();
    private final GermanNews news = GermanNews.storeIn(reader.feeds, reader.articles);

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void theRefreshButtonMakesTheFeedDueAndReturnsToTheFeedsPage() {
        reader.feeds.recordNotModified(news.politikFeed(), null, null, RunningReader.NOW,
                RunningReader.NOW.plus(Duration.ofHours(2)), Duration.ofHours(2));

        HttpResponse<String> first = reader.post("/feeds/" + news.politikFeed() + "/refresh");
        HttpResponse<String> again = reader.post("/feeds/" + news.politikFeed() + "/refresh");

        assertEquals(303, first.statusCode());
        assertEquals("/feeds?abruf=ok", first.headers().firstValue("Location").orElseThrow());
        assertEquals(RunningReader.NOW, reader.feeds.findById(news.politikFeed()).orElseThrow().health().nextCheckAt());
        assertEquals("/feeds?abruf=warten", again.headers().firstValue("Location").orElseThrow());
        assertEquals("Wird gleich abgerufen.", RunningReader.html(reader.get("/feeds?abruf=ok")).selectFirst(".notice").text());
    }

    @Test
    void theFeedsPageOffersTheButtonsAsPlainForms() {
        Document page = RunningReader.html(reader.get("/feeds"));

        assertEquals("/feeds/refresh", page.selectFirst("form.refresh-all").attr("action"));
        Element form = page.selectFirst("li.feed form.refresh");
        assertNotNull(form);
        assertEquals("post", form.attr("method"));
        assertEquals("/feeds/" + news.politikFeed() + "/refresh", form.attr("action"));
    }

    @Test
    void theJsonEndpointsQueueThenAskToWait() throws Exception {
        HttpResponse<String> queued = reader.post("/api/feeds/refresh");
        HttpResponse<String> tooSoon = reader.post("/api/feeds/refresh");
        HttpResponse<String> unknown = reader.post("/api/feeds/4711/refresh");

        assertEquals(202, queued.statusCode());
        assertEquals("queued", new ObjectMapper().readTree(queued.body()).get("status").asText());
        assertEquals(429, tooSoon.statusCode());
        assertEquals("60", tooSoon.headers().firstValue("Retry-After").orElseThrow());
        JsonNode wait = new ObjectMapper().readTree(tooSoon.body());
        assertEquals("cooldown", wait.get("status").asText());
        assertEquals("2026-11-27T14:06:00+01:00", wait.get("retryAt").asText());
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void goneFeedsAndMovedFeedsAreExplainedOnTheFeedsPageAndInTheApi() throws Exception {
        reader.feeds.recordFailure(news.weltFeed(), "http_status", 410, "HTTP 410 (dauerhaft entfernt)",
                RunningReader.NOW.minus(Duration.ofHours(1)), RunningReader.NOW.plus(Duration.ofHours(20)));
        reader.feeds.recordFetchUrl(news.politikFeed(), "https://politik.example/neu.rss", UrlOrigin.MOVED);

        Document page = RunningReader.html(reader.get("/feeds"));
        Element welt = page.select("li.feed").get(1);
        Element politik = page.select("li.feed").get(0);

        assertEquals("entfernt", welt.selectFirst(".badge").text());
        assertTrue(welt.selectFirst(".problem").text().contains("HTTP 410 Gone"));
        assertTrue(welt.text().contains("Fehlerhaft seit"), welt.text());
        assertTrue(politik.selectFirst(".hint").text().contains("https://politik.example/neu.rss"));
        assertTrue(politik.selectFirst(".hint").text().contains("feeds.txt ändern"));

        JsonNode feeds = new ObjectMapper().readTree(reader.get("/api/feeds").body());
        assertTrue(feeds.get(1).get("gone").asBoolean());
        assertEquals(410, feeds.get(1).get("httpStatus").asInt());
        assertEquals("2026-11-28T10:05:00+01:00", feeds.get(1).get("nextCheckAt").asText());
        assertEquals("moved", feeds.get(0).get("fetchUrlOrigin").asText());
        assertEquals("https://politik.example/neu.rss", feeds.get(0).get("fetchUrl").asText());
    }
}
