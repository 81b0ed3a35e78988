package de.presseschau.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import de.presseschau.model.Subscription;
import de.presseschau.store.NewEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static de.presseschau.web.GermanNews.BOERSE;
import static de.presseschau.web.GermanNews.STRASSENBAHN_TITLE;
import static de.presseschau.web.GermanNews.WELT;
import static de.presseschau.web.GermanNews.WISSEN;
import static de.presseschau.web.RunningReader.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonApiTest {

    private static final Set<String> FEED_FIELDS = Set.of("id", "url", "title", "topic", "status", "lastError",
            "lastFetchedAt", "articleCount", "entryCount", "subscribed",
            // added with per-feed scheduling
            "failingSince", "errorCount", "errorKind", "httpStatus", "gone", "repeatedlyNotFound", "nextCheckAt",
            "checkIntervalSeconds", "fetchUrl", "fetchUrlOrigin",
            // added with the reading state
            "unreadCount");
    private static final Set<String> TEASER_FIELDS = Set.of("id", "feedId", "title", "url", "topic", "publishedAt",
            "summary", "section", "sectionSource", "sectionReason", "sectionConfidence", "read", "starred",
            // added with stories
            "storyId", "storySize");
    private static final Set<String> ARTICLE_FIELDS = Set.of("id", "feedId", "title", "url", "topic", "publishedAt",
            "summaryHtml", "contentHtml", "contentText", "extraction", "author", "extractionNote",
            "section", "sectionSource", "sectionReason", "sectionConfidence", "read", "starred",
            // added with stories
            "storyId", "storySize");

    private final RunningReader reader = new RunningReader();

    @AfterEach
    void stop() {
        reader.close();
    }

    private GermanNews news() {
        return GermanNews.storeIn(reader.feeds, reader.articles);
    }

    private JsonNode ok(String path) {
        HttpResponse<String> response = reader.get(path);
        assertEquals(200, response.statusCode(), path + " answered " + response.body());
        assertEquals("application/json;charset=utf-8", RunningReader.contentType(response));
        return reader.json(response);
    }

    private JsonNode failed(String path, int status) {
        HttpResponse<String> response = reader.get(path);
        assertEquals(status, response.statusCode(), path + " answered " + response.body());
        assertTrue(RunningReader.contentType(response).startsWith("application/json"));
        JsonNode body = reader.json(response);
        assertEquals(Set.of("error"), fields(body));
        assertEquals(JsonNodeType.STRING, body.get("error").getNodeType());
        assertTrue(!body.get("error").asText().isBlank());
        return body;
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, JsonNodeType> types(JsonNode node) {
        Map<String, JsonNodeType> types = new LinkedHashMap<>();
        node.properties().forEach(field -> types.put(field.getKey(), field.getValue().getNodeType()));
        return types;
    }

    @Test
    void healthIsOkWhileTheDatabaseAnswers() {
        assertEquals("{\"status\":\"ok\"}", reader.get("/healthz").body());
        assertEquals(200, reader.get("/healthz").statusCode());
    }

    @Test
    void healthIsUnavailableOnceTheDatabaseIsGone() {
        reader.closeDatabase();

        HttpResponse<String> response = reader.get("/healthz");

        assertEquals(503, response.statusCode());
        assertEquals("unavailable", reader.json(response).get("status").asText());
        assertEquals(Set.of("status"), fields(reader.json(response)));
    }

    @Test
    void feedsListEveryFeedWithItsStatusAndCounts() {
        GermanNews news = news();

        JsonNode feeds = ok("/api/feeds");

        assertEquals(5, feeds.size());
        for (JsonNode feed : feeds) {
            assertEquals(FEED_FIELDS, fields(feed));
        }
        JsonNode politik = feeds.get(0);
        Map<String, JsonNodeType> original = Map.of("id", JsonNodeType.NUMBER, "url", JsonNodeType.STRING,
                "title", JsonNodeType.STRING, "topic", JsonNodeType.STRING, "status", JsonNodeType.STRING,
                "lastError", JsonNodeType.NULL, "lastFetchedAt", JsonNodeType.STRING,
                "articleCount", JsonNodeType.NUMBER, "entryCount", JsonNodeType.NUMBER, "subscribed", JsonNodeType.BOOLEAN);
        Map<String, JsonNodeType> types = types(politik);
        original.forEach((name, type) -> assertEquals(type, types.get(name), name));
        assertEquals(JsonNodeType.NUMBER, types.get("errorCount"));
        assertEquals(JsonNodeType.BOOLEAN, types.get("gone"));
        assertEquals(news.politikFeed(), politik.get("id").asLong());
        assertEquals("https://politik.example/rss", politik.get("url").asText());
        assertEquals("Tagesschau Politik", politik.get("title").asText());
        assertEquals("ok", politik.get("status").asText());
        assertEquals("2026-11-27T14:02:00+01:00", politik.get("lastFetchedAt").asText());
        assertEquals(GermanNews.POLITIK_ARTICLES, politik.get("articleCount").asInt());

        JsonNode welt = feeds.get(1);
        assertEquals("error", welt.get("status").asText());
        assertEquals(GermanNews.WELT_ERROR, welt.get("lastError").asText());
        assertEquals(WELT, welt.get("topic").asText());

        JsonNode wissen = feeds.get(2);
        assertEquals("pending", wissen.get("status").asText());
        assertTrue(wissen.get("lastFetchedAt").isNull());
        assertEquals(0, wissen.get("articleCount").asInt());
        assertEquals("Börsenblatt", feeds.get(3).get("title").asText());
        assertEquals(false, feeds.get(4).get("subscribed").asBoolean());
    }

    @Test
    void topicsComeInFeedsTxtOrderWithTheirCounts() {
        news();

        JsonNode topics = ok("/api/topics");

        List<String> seen = new ArrayList<>();
        for (JsonNode topic : topics) {
            assertEquals(Map.of("name", JsonNodeType.STRING, "articleCount", JsonNodeType.NUMBER,
                    "unreadCount", JsonNodeType.NUMBER), types(topic));
            seen.add(topic.get("name").asText() + "=" + topic.get("articleCount").asInt());
        }
        assertEquals(List.of("Politik=36", WELT + "=2", WISSEN + "=0", BOERSE + "=2"), seen);
    }

    @Test
    void articlesComeNewestFirstWithExactlyTheListedFields() {
        GermanNews news = news();

        JsonNode articles = ok("/api/articles?limit=3");

        assertEquals(3, articles.size());
        JsonNode newest = articles.get(0);
        assertEquals(Map.ofEntries(Map.entry("id", JsonNodeType.NUMBER), Map.entry("feedId", JsonNodeType.NUMBER),
                Map.entry("title", JsonNodeType.STRING), Map.entry("url", JsonNodeType.STRING),
                Map.entry("topic", JsonNodeType.STRING), Map.entry("publishedAt", JsonNodeType.STRING),
                Map.entry("summary", JsonNodeType.STRING),
                // No refresh has run, so no article has a section yet.
                Map.entry("section", JsonNodeType.NULL), Map.entry("sectionSource", JsonNodeType.NULL),
                Map.entry("sectionReason", JsonNodeType.NULL), Map.entry("sectionConfidence", JsonNodeType.NULL),
                Map.entry("read", JsonNodeType.BOOLEAN), Map.entry("starred", JsonNodeType.BOOLEAN),
                // Nor has any article been grouped into a story: alone until then.
                Map.entry("storyId", JsonNodeType.NULL), Map.entry("storySize", JsonNodeType.NUMBER)),
                types(newest));
        assertEquals(news.strassenbahn(), newest.get("id").asLong());
        assertEquals(news.politikFeed(), newest.get("feedId").asLong());
        assertEquals("2026-11-27T14:00:00+01:00", newest.get("publishedAt").asText());
        assertEquals("Politik-Meldung Nr. 1", articles.get(1).get("title").asText());
        assertEquals("2026-11-27T13:35:00+01:00", articles.get(1).get("publishedAt").asText());
    }

    @Test
    void articlesFilterByTopicAndPageWithOffset() {
        news();

        JsonNode boerse = ok("/api/articles?topic=B%C3%B6rse%20%26%20M%C3%A4rkte");
        JsonNode skipped = ok("/api/articles?topic=Politik&limit=2&offset=34");

        assertEquals(2, boerse.size());
        for (JsonNode article : boerse) {
            assertEquals(TEASER_FIELDS, fields(article));
            assertEquals(BOERSE, article.get("topic").asText());
        }
        assertTrue(boerse.get(0).get("url").isNull());
        assertEquals(List.of("Politik-Meldung Nr. 34", "Politik-Meldung Nr. 35"),
                List.of(skipped.get(0).get("title").asText(), skipped.get(1).get("title").asText()));
        assertEquals(0, ok("/api/articles?topic=Sport").size());
    }

    @Test
    void articlesDefaultToFiftyAndClampLargerLimitsToFiveHundred() {
        long feed = reader.feeds.sync(List.of(new Subscription("https://viel.example/rss", "Viel", "Politik", 1)), NOW)
                .get(0).id();
        for (int i = 0; i < JsonApi.MAX_LIMIT + 10; i++) {
            reader.articles.addEntry(new NewEntry(feed, "k" + i, "https://viel.example/" + i, "Meldung " + i,
                    Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i), null, "kurz", null, "kurz"), NOW);
        }

        assertEquals(JsonApi.DEFAULT_LIMIT, ok("/api/articles").size());
        assertEquals(JsonApi.MAX_LIMIT, ok("/api/articles?limit=500").size());
        assertEquals(JsonApi.MAX_LIMIT, ok("/api/articles?limit=100000").size());
        assertEquals(JsonApi.MAX_LIMIT, ok("/api/articles?limit=99999999999").size());
        assertEquals(JsonApi.MAX_LIMIT + 10, ok("/api/articles?limit=500&offset=0").size()
                + ok("/api/articles?limit=500&offset=500").size());
        assertEquals(0, ok("/api/articles?limit=0").size());
    }

    @Test
    void aNegativeOrNonNumericLimitOrOffsetIsABadRequest() {
        news();

        failed("/api/articles?limit=-1", 400);
        failed("/api/articles?limit=viele", 400);
        failed("/api/articles?offset=-5", 400);
        assertTrue(failed("/api/articles?limit=1.5", 400).get("error").asText().contains("limit"));
    }

    @Test
    void oneArticleHasTheFullShapeWithItsExtractionCode() {
        GermanNews news = news();

        JsonNode article = ok("/api/articles/" + news.strassenbahn());

        assertEquals(ARTICLE_FIELDS, fields(article));
        assertEquals(news.strassenbahn(), article.get("id").asLong());
        assertEquals(news.politikFeed(), article.get("feedId").asLong());
        assertEquals("https://politik.example/strassenbahn", article.get("url").asText());
        assertEquals("Politik", article.get("topic").asText());
        assertEquals("2026-11-27T14:00:00+01:00", article.get("publishedAt").asText());
        assertEquals("extracted", article.get("extraction").asText());
        assertTrue(article.get("contentHtml").asText().startsWith("<p>Die neue Straßenbahn fährt öfter"));
        assertEquals("Die neue Straßenbahn fährt öfter und ist größer.", article.get("contentText").asText());
        assertTrue(article.get("summaryHtml").asText().startsWith("<p>Die Rheinbahn"));

        assertEquals("feed", ok("/api/articles/" + news.feedOnly()).get("extraction").asText());
        assertEquals("pending", ok("/api/articles/" + news.pending()).get("extraction").asText());
        JsonNode withoutText = ok("/api/articles/" + news.withoutText());
        assertEquals("failed", withoutText.get("extraction").asText());
        assertTrue(withoutText.get("url").isNull());
        assertTrue(withoutText.get("contentHtml").isNull());
    }

    @Test
    void anUnknownArticleOrAddressIsJsonNotFound() {
        news();

        failed("/api/articles/424242", 404);
        failed("/api/articles/keine-zahl", 400);
        failed("/api/gibt-es-nicht", 404);
    }

    @Test
    void umlautsAreIdenticalInJsonAndHtml() {
        GermanNews news = news();

        String fromJson = ok("/api/articles/" + news.strassenbahn()).get("title").asText();
        String fromList = ok("/api/articles?limit=1").get(0).get("title").asText();
        String fromHtml = RunningReader.html(reader.get("/article/" + news.strassenbahn()))
                .selectFirst("article h1").text();

        assertEquals(STRASSENBAHN_TITLE, fromJson);
        assertEquals(fromJson, fromList);
        assertEquals(fromJson, fromHtml);
        assertTrue(reader.get("/api/topics").body().contains("\"Börse & Märkte\""));
        assertEquals(BOERSE, ok("/api/feeds").get(3).get("topic").asText());
    }
}
