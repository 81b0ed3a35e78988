package de.presseschau.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.presseschau.model.Subscription;
import de.presseschau.refresh.StoryUpdater;
import de.presseschau.store.StoryStore;
import de.presseschau.testing.StoryReports;
import de.presseschau.topics.GermanAnalysis;
import de.presseschau.topics.StoryGrouper;
import de.presseschau.topics.StoryText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static de.presseschau.web.RunningReader.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryPagesTest {

    private final RunningReader reader = new RunningReader();
    private final StoryStore stories = new StoryStore(reader.database);
    private final StoryUpdater updater = new StoryUpdater(stories,
            new StoryGrouper(new GermanAnalysis(), StoryUpdater.WINDOW), Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<Long> feeds = reader.feeds.sync(List.of(
            new Subscription("https://tagesschau.example/alle.xml", "tagesschau", "Nachrichten", 1),
            new Subscription("https://spiegel.example/alle.xml", "SPIEGEL", "Nachrichten", 2),
            new Subscription("https://zeit.example/alle.xml", "ZEIT", "Nachrichten", 3)), NOW).stream()
            .map(feed -> feed.id()).toList();
    private final long tagesschau = report(0, "flut", StoryReports.FLOOD_TAGESSCHAU, 180);
    private final long spiegel = report(1, "flut", StoryReports.FLOOD_SPIEGEL, 120);
    private final long zeit = report(2, "flut", StoryReports.FLOOD_ZEIT, 10);
    private final long budget = report(0, "haushalt", StoryReports.BUDGET, 5);
    private final long football = report(1, "bayern", StoryReports.FOOTBALL, 60);

    StoryPagesTest() {
        updater.group();
    }

    @AfterEach
    void close() {
        reader.close();
    }

    private long report(int feed, String slug, StoryText text, int minutesAgo) {
        String host = List.of("tagesschau", "spiegel", "zeit").get(feed);
        return StoryReports.store(reader.articles, feeds.get(feed), "https://" + host + ".example/" + slug, text,
                NOW.minus(Duration.ofMinutes(minutesAgo)));
    }

    private long floodStory() {
        return stories.findMemberships(List.of(tagesschau)).get(tagesschau).storyId();
    }

    @Test
    void theFrontPageShowsTheStoryOnceWithItsLeadAndTheOtherOutletsTitles() {
        Document front = RunningReader.html(reader.get("/"));

        Elements items = front.select("section.topic ol.teasers > li.teaser");
        assertEquals(3, items.size(), "one item for the story, one each for budget and football");
        Element story = items.get(0);
        assertEquals(StoryReports.FLOOD_ZEIT.title(), story.selectFirst("h3 a").text(), "the newest report leads");
        assertEquals("+2 weitere Quellen", story.selectFirst(".story-sources a.story-link").text());
        assertEquals("/story/" + floodStory(), story.selectFirst(".story-sources a.story-link").attr("href"));
        assertEquals(List.of(StoryReports.FLOOD_TAGESSCHAU.title() + " tagesschau", StoryReports.FLOOD_SPIEGEL.title() + " SPIEGEL"),
                story.select(".story-sources li").eachText());
        assertEquals(StoryReports.BUDGET.title(), items.get(1).selectFirst("h3 a").text(),
                "a story of three outlets ranks above a newer single report");
        assertTrue(items.get(1).select(".story-sources").isEmpty());
    }

    @Test
    void aCopyOfOneReportUnderAnotherAddressIsNoFurtherSource() {
        report(1, "flut?ref=feed", StoryReports.FLOOD_SPIEGEL, 100);
        updater.group();

        Element story = RunningReader.html(reader.get("/")).selectFirst("ol.teasers > li.teaser");
        assertEquals(4, stories.findMemberships(List.of(tagesschau)).get(tagesschau).size());
        assertEquals("+2 weitere Quellen", story.selectFirst(".story-link").text());
    }

    @Test
    void aStoryOfManySourcesNamesFiveAndCountsAll() {
        for (int i = 1; i <= 6; i++) {
            report(i % 3, "flut-nachtrag-" + i, new StoryText(StoryReports.FLOOD_ZEIT.title() + ": Nachtrag " + i,
                    StoryReports.FLOOD_ZEIT.text()), 10 - i);
        }
        updater.group();

        Element story = RunningReader.html(reader.get("/")).selectFirst("ol.teasers > li.teaser");
        assertEquals(9, stories.findMemberships(List.of(tagesschau)).get(tagesschau).size());
        assertEquals("+8 weitere Quellen", story.selectFirst(".story-link").text());
        assertEquals(StoryLists.SOURCES_SHOWN, story.select(".story-sources li").size());
        assertEquals(9, RunningReader.html(reader.get("/story/" + floodStory())).select("ol.timeline > li").size(),
                "the story's page lists every source");
    }

    @Test
    void theTopicPageFoldsTheStoryIntoOneItem() {
        Document page = RunningReader.html(reader.get("/topic/Nachrichten"));

        assertEquals(List.of(StoryReports.BUDGET.title(), StoryReports.FLOOD_ZEIT.title(), StoryReports.FOOTBALL.title()),
                page.select("ol.teasers > li.teaser > h3 a").eachText());
        assertEquals("+2 weitere Quellen", page.selectFirst("li.teaser .story-link").text());
    }

    @Test
    void theStoryPageListsAllSourcesOnATimelineAndWhyTheyBelongTogether() {
        Document page = RunningReader.html(reader.get("/story/" + floodStory()));

        assertEquals(List.of("tagesschau", "SPIEGEL", "ZEIT"), page.select("ol.timeline li .source").eachText(),
                "the earliest report first");
        assertEquals("/article/" + tagesschau, page.selectFirst("ol.timeline li h3 a").attr("href"));
        assertTrue(page.select(".key-terms .term").eachText().containsAll(List.of("Sturmflut", "Fischmarkt")),
                page.select(".key-terms").text());
        assertEquals(3, page.select("ol.timeline form[action=/story/" + floodStory() + "/split]").size());
    }

    @Test
    void splittingAnArticleOffTakesItOutOfTheStoryAndTheNextRunKeepsItOut() {
        long flood = floodStory();
        HttpResponse<String> split = reader.send("/story/" + flood + "/split", r -> r
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("artikel=" + spiegel)));

        assertEquals(303, split.statusCode());
        assertEquals("/story/" + flood, split.headers().firstValue("Location").orElseThrow());
        updater.group();
        assertEquals(List.of("tagesschau", "ZEIT"),
                RunningReader.html(reader.get("/story/" + flood)).select("ol.timeline li .source").eachText());
        JsonNode moved = reader.json(reader.get("/api/articles/" + spiegel));
        assertTrue(moved.get("storyId").asLong() != flood);
        assertEquals(1, moved.get("storySize").asInt());
    }

    @Test
    void aSplitFromAnotherSiteIsRefused() {
        HttpResponse<String> split = reader.send("/story/" + floodStory() + "/split", r -> r
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("artikel=" + spiegel)));

        assertEquals(403, split.statusCode());
        assertEquals(3, stories.findMemberships(List.of(tagesschau)).get(tagesschau).size());
    }

    @Test
    void theApiTellsEachArticlesStoryAndListsAStory() {
        JsonNode listed = reader.json(reader.get("/api/articles?topic=Nachrichten"));
        JsonNode story = reader.json(reader.get("/api/stories/" + floodStory()));

        for (JsonNode article : listed) {
            boolean inFlood = List.of(tagesschau, spiegel, zeit).contains(article.get("id").asLong());
            assertTrue(article.get("storyId").isNumber(), "every extracted article is in a story: " + article);
            if (inFlood) {
                assertEquals(floodStory(), article.get("storyId").asLong());
            }
            assertEquals(inFlood ? 3 : 1, article.get("storySize").asInt(), article.toString());
        }
        assertEquals(3, story.get("size").asInt());
        assertEquals(tagesschau, story.get("articles").get(0).get("id").asLong());
        assertEquals("tagesschau", story.get("articles").get(0).get("source").asText());
        assertTrue(story.get("keyTerms").size() > 0);
        assertEquals(404, reader.get("/api/stories/999999").statusCode());
        assertEquals(404, reader.get("/story/999999").statusCode());
    }
}
