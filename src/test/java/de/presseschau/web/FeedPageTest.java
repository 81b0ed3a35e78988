package de.presseschau.web;

import de.presseschau.model.FetchLogEntry;
import de.presseschau.model.Subscription;
import de.presseschau.store.FetchLogStore;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static de.presseschau.web.RunningReader.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /feeds/{id}: a feed's last fetches, its next check and the "jetzt aktualisieren" button, in the real reader. */
class FeedPageTest {

    private final RunningReader reader = new RunningReader();
    private final long feedId;

    FeedPageTest() {
        feedId = reader.feeds.sync(List.of(new Subscription("https://www.tagesschau.de/index~rss2.xml", "Tagesschau",
                "Politik", 0)), RunningReader.NOW).get(0).id();
        FetchLogStore log = new FetchLogStore(reader.database);
        log.add(new FetchLogEntry(feedId, RunningReader.NOW.minus(Duration.ofHours(1)), "fetched", 200, 48_213,
                Duration.ofMillis(312), "UTF-8", 7, null));
        log.add(new FetchLogEntry(feedId, RunningReader.NOW.minus(Duration.ofMinutes(10)), "failed", 503, 0,
                Duration.ofMillis(95), null, 0, "HTTP 503: Dienst nicht verfügbar"));
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void showsTheLastFetchesNewestFirstWithStatusSizeDurationEncodingAndError() {
        Document page = html(reader.get("/feeds/" + feedId));

        assertEquals("Tagesschau", page.selectFirst("h1").text());
        List<Element> rows = page.select("table.fetch-log tbody tr");
        assertEquals(2, rows.size());
        List<String> failure = rows.get(0).select("td").eachText();
        assertEquals("vor 10 Minuten", failure.get(0));
        assertEquals("Fehler", rows.get(0).select("td").get(1).ownText());
        assertEquals("HTTP 503: Dienst nicht verfügbar", rows.get(0).selectFirst("td .error").text());
        assertEquals(List.of("503", "0 B", "95 ms", "–", "0"), failure.subList(2, 7));
        assertEquals(List.of("200", "48,2 kB", "312 ms", "UTF-8", "7"), rows.get(1).select("td").eachText().subList(2, 7));
        assertNotNull(page.selectFirst(".next-check"), "the next check is shown");
        assertTrue(html(reader.get("/feeds")).select("a[href=/feeds/" + feedId + "]").size() == 1, "/feeds links to it");
    }

    @Test
    void theButtonQueuesTheFeedAndReturnsToItsPage() {
        Element form = html(reader.get("/feeds/" + feedId)).selectFirst("form.refresh");
        assertEquals("Jetzt aktualisieren", form.selectFirst("button").text());

        HttpResponse<String> answer = reader.send(form.attr("action"), r -> r
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("back=%2Ffeeds%2F" + feedId)));

        assertEquals(303, answer.statusCode());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertEquals("/feeds/" + feedId + "?abruf=ok", location);
        assertEquals("Wird gleich abgerufen.", html(reader.get(location)).selectFirst(".notice").text());
    }

    @Test
    void anUnknownFeedIsNotFound() {
        assertEquals(404, reader.get("/feeds/9999").statusCode());
        assertEquals(400, reader.get("/feeds/abc").statusCode());
    }

    @Test
    void feedsOpmlListsEverySubscribedFeedUnderItsTopic() throws Exception {
        HttpResponse<String> answer = reader.get("/feeds.opml");

        assertEquals(200, answer.statusCode());
        assertTrue(RunningReader.contentType(answer).startsWith("text/x-opml"));
        List<de.presseschau.subscribe.OpmlFeed> feeds = new de.presseschau.subscribe.OpmlReader()
                .read(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(new de.presseschau.subscribe.OpmlFeed("https://www.tagesschau.de/index~rss2.xml",
                "Tagesschau", "Politik")), feeds);
    }
}
