package de.presseschau.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.presseschau.model.Section;
import de.presseschau.model.SectionAssignment;
import de.presseschau.model.SectionSource;
import de.presseschau.model.Subscription;
import de.presseschau.store.NewEntry;
import de.presseschau.store.SectionStore;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionPagesTest {

    private final RunningReader reader = new RunningReader();
    private final SectionStore sections = new SectionStore(reader.database);
    private final long derby;

    SectionPagesTest() {
        long feed = reader.feeds.sync(List.of(new Subscription("https://news.example/alle.xml", "Alle Meldungen", "Nachrichten", 0)),
                RunningReader.NOW).get(0).id();
        derby = reader.articles.addEntry(new NewEntry(feed, "1", "https://news.example/a/1", "Derby am Samstag",
                RunningReader.NOW, null, "Die Mannschaft will siegen.", null, "Die Mannschaft will siegen."), RunningReader.NOW).articleId();
        sections.save(derby, new SectionAssignment(Section.SPORT, SectionSource.CLASSIFIER, null, 0.82));
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void theApiTellsEachArticlesSectionAndWhy() {
        JsonNode article = reader.json(reader.get("/api/articles")).get(0);

        assertEquals("Derby am Samstag", article.get("title").asText());
        assertEquals("Nachrichten", article.get("topic").asText());
        assertEquals("Sport", article.get("section").asText());
        assertEquals("classifier", article.get("sectionSource").asText());
        assertEquals("vom Klassifikator, 82 %", article.get("sectionReason").asText());
        assertEquals(0.82, article.get("sectionConfidence").asDouble());
        assertEquals(1, reader.json(reader.get("/api/articles?section=Sport")).size());
        assertEquals(0, reader.json(reader.get("/api/articles?section=Kultur")).size());
    }

    @Test
    void theSectionPageAndTheFrontPageBarListTheArticle() {
        Document page = RunningReader.html(reader.get("/section/Sport"));
        Document front = RunningReader.html(reader.get("/"));

        assertEquals("Sport", page.selectFirst("h1").text());
        assertEquals("Derby am Samstag", page.selectFirst(".teaser h3").text());
        assertEquals("vom Klassifikator, 82 %", page.selectFirst(".reason").text());
        assertEquals("/section/Sport", front.selectFirst(".ressorts a").attr("href"));
        assertEquals(404, reader.get("/section/Astrologie").statusCode());
    }

    @Test
    void aReaderMovesAnArticleWithThePlainForm() throws Exception {
        Document article = RunningReader.html(reader.get("/article/" + derby));
        assertTrue(article.selectFirst(".section-move").text().contains("vom Klassifikator, 82 %"));
        String action = article.selectFirst("form.section-move").attr("action");

        HttpResponse<String> moved = post(action, "section=Panorama");

        assertEquals(303, moved.statusCode());
        assertEquals("/article/" + derby, moved.headers().firstValue("Location").orElseThrow());
        assertEquals(new SectionAssignment(Section.PANORAMA, SectionSource.USER, null, 1), sections.find(derby).orElseThrow());
        assertTrue(RunningReader.html(reader.get("/article/" + derby)).selectFirst(".section-move").text()
                .contains("von Hand hierher verschoben"));
        assertEquals(400, post(action, "section=Astrologie").statusCode());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        String base = reader.get("/healthz").uri().toString().replace("/healthz", "");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
