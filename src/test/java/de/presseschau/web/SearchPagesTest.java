package de.presseschau.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.presseschau.model.Subscription;
import de.presseschau.store.NewEntry;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static de.presseschau.web.RunningReader.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /search and /api/search through the real reader. */
class SearchPagesTest {

    private final RunningReader reader = new RunningReader();
    private final long inTitle;
    private final long inBody;

    SearchPagesTest() {
        var feeds = reader.feeds.sync(List.of(
                new Subscription("https://politik.example/rss", "Politik-Feed", "Politik", 0),
                new Subscription("https://sport.example/rss", "Sport-Feed", "Sport", 1)), RunningReader.NOW);
        inBody = store(feeds.get(0).id(), "Koalition streitet", "Vor den Wahlen <em>streitet</em> die Koalition.");
        inTitle = store(feeds.get(0).id(), "Wahl in Thüringen & Sachsen", "Die Parteien werben.");
        store(feeds.get(1).id(), "Wahl zum Fußballer des Jahres", "Ein Stürmer gewinnt.");
        reader.search.rebuild();
    }

    private long store(long feed, String title, String text) {
        String url = "https://news.example/" + Math.abs(title.hashCode());
        return reader.articles.addEntry(new NewEntry(feed, url, url, title, RunningReader.NOW, null, text, null, text),
                RunningReader.NOW).articleId();
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void theApiAnswersWithArticleObjectsBestFirstAndFiltersByTopic() {
        JsonNode all = reader.json(reader.get("/api/search?q=wahl"));
        JsonNode politik = reader.json(reader.get("/api/search?q=Wahlen&topic=Politik&limit=5"));

        List<Long> ids = new ArrayList<>();
        all.forEach(node -> ids.add(node.get("id").asLong()));
        assertEquals(3, ids.size());
        assertEquals(inBody, ids.get(2), "the body match comes last");
        assertEquals(List.of(inTitle, inBody), List.of(politik.get(0).get("id").asLong(), politik.get(1).get("id").asLong()));
        assertEquals(2, politik.size());
        assertEquals("Politik", politik.get(0).get("topic").asText());
        assertTrue(politik.get(0).has("read") && politik.get(0).has("summary") && politik.get(0).has("section"));
        assertEquals(0, reader.json(reader.get("/api/search?q=")).size());
    }

    @Test
    void thePageMarksTheMatchAndEscapesTheRest() {
        Document page = html(reader.get("/search?q=Wahlen&topic=Politik"));

        assertEquals(List.of("Wahl in Thüringen & Sachsen", "Koalition streitet"), page.select("ol.search-results h3").eachText());
        assertEquals("Wahl", page.selectFirst("ol.search-results h3 mark").text());
        assertEquals(List.of("Wahlen"), page.select("ol.search-results li").get(1).select(".summary mark").eachText());
        assertNull(page.selectFirst(".summary em"), "markup in the text is shown as text");
        assertTrue(page.select("ol.search-results li").get(1).selectFirst(".summary").text().contains("<em>streitet</em>"));
        assertEquals("Politik", page.selectFirst("select[name=topic] option[selected]").text());
    }

    @Test
    void theDateFilterKeepsOnlyArticlesOfThoseDaysAndTheOtherFilters() {
        long feed = reader.feeds.findSubscribed().get(0).id();
        String url = "https://news.example/alt";
        long old = reader.articles.addEntry(new NewEntry(feed, url, url, "Wahlen vor drei Wochen",
                RunningReader.NOW.minus(java.time.Duration.ofDays(21)), null, "Alt.", null, "Alt."), RunningReader.NOW).articleId();
        reader.search.rebuild();

        assertEquals(List.of(old), ids(reader.json(reader.get("/api/search?q=Wahl&until=2026-11-10&topic=Politik"))));
        assertEquals(4, reader.json(reader.get("/api/search?q=Wahl")).size());
        assertEquals(3, reader.json(reader.get("/api/search?q=Wahl&since=2026-11-27")).size());
        assertEquals(2, reader.json(reader.get("/api/search?q=Wahl&zeitraum=woche&topic=Politik")).size());
        assertEquals(List.of(old), ids(reader.json(reader.get("/api/search?q=Wahl&since=2026-11-06&until=2026-11-06"))));
        assertEquals(400, reader.get("/api/search?q=Wahl&since=gestern").statusCode());

        Document page = html(reader.get("/search?q=Wahl&zeitraum=monat"));
        assertEquals(4, page.select("ol.search-results li").size());
        assertEquals("letzte 30 Tage", page.selectFirst("select[name=zeitraum] option[selected]").text());
        assertEquals(1, html(reader.get("/search?q=Wahl&until=2026-11-20")).select("ol.search-results li").size());
    }

    private static List<Long> ids(JsonNode results) {
        List<Long> ids = new ArrayList<>();
        results.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }

    @Test
    void anEmptyOrUnmatchedSearchSaysSo() {
        assertTrue(html(reader.get("/search")).select("ol.search-results").isEmpty());
        assertTrue(html(reader.get("/search?q=Bundesliga")).selectFirst(".empty").text().contains("Nichts gefunden"));
    }

    @Test
    void manyHitsArePagedWithTheirFiltersAndEveryHitAppearsOnce() {
        long feed = reader.feeds.findSubscribed().get(0).id();
        for (int i = 0; i < SearchPage.PAGE_SIZE + 5; i++) {
            store(feed, "Haushalt Nummer " + i, "Der Haushalt wird beraten.");
        }
        reader.search.rebuild();

        Document first = html(reader.get("/search?q=Haushalt&topic=Politik"));
        assertEquals(SearchPage.PAGE_SIZE, first.select("ol.search-results li").size());
        assertEquals("Treffer 1–20, die besten zuerst", first.selectFirst(".count").text());
        assertNull(first.selectFirst(".pager a[rel=prev]"));
        String next = first.selectFirst(".pager a[rel=next]").attr("href");
        assertEquals("/search?q=Haushalt&topic=Politik&seite=2", next);

        Document second = html(reader.get(next));
        assertEquals(5, second.select("ol.search-results li").size());
        assertEquals("Treffer 21–25, die besten zuerst", second.selectFirst(".count").text());
        assertEquals("21", second.selectFirst("ol.search-results").attr("start"), "the list counts on");
        assertNull(second.selectFirst(".pager a[rel=next]"));
        assertEquals("/search?q=Haushalt&topic=Politik", second.selectFirst(".pager a[rel=prev]").attr("href"));
        List<String> titles = new ArrayList<>(first.select("ol.search-results h3").eachText());
        titles.addAll(second.select("ol.search-results h3").eachText());
        assertEquals(SearchPage.PAGE_SIZE + 5, titles.stream().distinct().count(), titles.toString());
        assertEquals(404, reader.get("/search?q=Haushalt&seite=" + (SearchPage.MAX_PAGES + 1)).statusCode());
    }
}
