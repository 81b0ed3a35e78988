package de.presseschau.web;

import de.presseschau.model.Extraction;
import de.presseschau.model.Subscription;
import de.presseschau.store.NewEntry;
import de.presseschau.store.PageBody;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import de.presseschau.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static de.presseschau.web.RunningReader.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading view's paywall note, author line and the button that extracts an article again. */
class ArticleReadingViewTest {

    private final FixtureServer server = new FixtureServer();
    private final RunningReader reader = new RunningReader();

    @AfterEach
    void stop() {
        reader.close();
        server.close();
    }

    private long article(String url) {
        long feed = reader.feeds.sync(List.of(new Subscription(server.url("/feed.xml"), "Test", "Technik", 1)), NOW)
                .get(0).id();
        return reader.articles.addEntry(new NewEntry(feed, url, url, "Lithium aus dem Schredder", NOW,
                "<p>Kurz</p>", "Kurz", "<p>Kurz</p>", "Kurz"), NOW).articleId();
    }

    @Test
    void aPaywalledTeaserIsMarkedAsSuchWithTheLinkToTheOriginal() {
        long id = article("https://www.zeit.de/2019/43/klimaschutz");
        reader.articles.saveFromPage(id, new PageBody("<p>Touristen und Börsenhändler waren überrascht.</p>",
                "Touristen und Börsenhändler waren überrascht.", "Heike Buchter", null, Extraction.PAYWALL,
                "Bezahlschranke auf der Seite"));

        Document page = RunningReader.html(reader.get("/article/" + id));

        var note = page.selectFirst("p.paywall");
        assertNotNull(note, page.html());
        assertTrue(note.text().contains("nur der frei lesbare Anfang"), note.text());
        assertEquals("https://www.zeit.de/2019/43/klimaschutz", note.selectFirst("a").attr("href"));
        assertEquals("Heike Buchter", page.selectFirst(".meta .author").text());
        assertTrue(page.selectFirst(".body").text().contains("Touristen und Börsenhändler"));
    }

    @Test
    void theButtonFetchesThePageAgainAndShowsTheNewBody() {
        server.serve("/heise.html", Response.ok("text/html; charset=utf-8", Fixtures.bytes("refresh/heise.de.lithium.html.gz")));
        long id = article(server.url("/heise.html"));
        Document before = RunningReader.html(reader.get("/article/" + id));
        assertEquals("/article/" + id + "/reextract", before.selectFirst("form[method=post]").attr("action"));

        HttpResponse<String> posted = reader.post("/article/" + id + "/reextract");

        assertEquals(303, posted.statusCode());
        String location = posted.headers().firstValue("Location").orElseThrow();
        Document after = RunningReader.html(reader.get(location));
        assertTrue(after.selectFirst("p.notice").text().contains("neu von der Originalseite"));
        assertTrue(after.selectFirst(".body").text().contains("Die Ökobilanz von Elektroautos"));
    }

    @Test
    void theButtonSaysWhyTheArticleStayedWhenThePageIsGone() {
        server.serve("/gone.html", Response.status(404));
        long id = article(server.url("/gone.html"));

        HttpResponse<String> posted = reader.post("/article/" + id + "/reextract");

        assertEquals(200, posted.statusCode());
        assertTrue(RunningReader.html(posted).selectFirst("p.notice").text().contains("blieb unverändert"));
    }
}
