package de.presseschau.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;

import static de.presseschau.web.GermanNews.BOERSE;
import static de.presseschau.web.GermanNews.HOSTILE_TITLE;
import static de.presseschau.web.GermanNews.STRASSENBAHN_TITLE;
import static de.presseschau.web.GermanNews.WELT;
import static de.presseschau.web.GermanNews.WISSEN;
import static de.presseschau.web.RunningReader.html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages only read, so one running reader serves them all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPagesTest {

    private final RunningReader reader = new RunningReader();
    private final GermanNews news = GermanNews.storeIn(reader.feeds, reader.articles);

    @AfterAll
    void stop() {
        reader.close();
    }

    private Document page(String path) {
        HttpResponse<String> response = reader.get(path);
        assertEquals(200, response.statusCode(), path + " answered " + response.body());
        assertEquals("text/html;charset=utf-8", RunningReader.contentType(response));
        Document document = html(response);
        assertEquals("de", document.selectFirst("html").attr("lang"));
        return document;
    }

    private static Element section(Document front, String topic) {
        return front.select("section.topic").stream()
                .filter(section -> section.selectFirst("h2").text().equals(topic))
                .findFirst().orElseThrow(() -> new AssertionError("No section " + topic));
    }

    @Test
    void frontPageShowsEveryTopicInFeedsTxtOrder() {
        Document front = page("/");

        assertEquals(List.of("Politik", WELT, WISSEN, BOERSE), front.select("section.topic > h2").eachText());
    }

    @Test
    void frontPageShowsTheNewestEightArticlesOfATopicWithSourceTimeAndTeaser() {
        Element politik = section(page("/"), "Politik");

        Elements teasers = politik.select("li.teaser");
        assertEquals(FrontPage.ARTICLES_PER_TOPIC, teasers.size());
        Element newest = teasers.first();
        assertEquals(STRASSENBAHN_TITLE, newest.selectFirst("h3 a").text());
        assertEquals("/article/" + news.strassenbahn(), newest.selectFirst("h3 a").attr("href"));
        assertEquals("Tagesschau Politik", newest.selectFirst(".source").text());
        assertEquals("vor 5 Minuten", newest.selectFirst("time").text());
        assertEquals("2026-11-27T14:00:00+01:00", newest.selectFirst("time").attr("datetime"));
        assertEquals("27.11.2026, 14:00 Uhr", newest.selectFirst("time").attr("title"));
        String teaser = newest.selectFirst(".summary").text();
        assertTrue(teaser.startsWith("Die Rheinbahn fährt künftig öfter."), teaser);
        assertTrue(teaser.endsWith("…") && teaser.length() <= TeaserView.TEASER_LENGTH + 2, teaser);
        assertEquals("Politik-Meldung Nr. 1", teasers.get(1).selectFirst("h3 a").text());
        assertEquals("Alle 36 Artikel in Politik", politik.selectFirst(".more a").text());
        assertEquals("/topic/Politik", politik.selectFirst(".more a").attr("href"));
    }

    @Test
    void frontPageSaysWhenATopicHasNoArticlesYet() {
        Element wissen = section(page("/"), WISSEN);

        assertTrue(wissen.select("li.teaser").isEmpty());
        assertEquals("Zu diesem Thema gibt es noch keine Artikel.", wissen.selectFirst(".empty").text());
    }

    @Test
    void frontPageWithoutFeedsExplainsHowToFillFeedsTxt() {
        try (RunningReader empty = new RunningReader()) {
            HttpResponse<String> response = empty.get("/");

            assertEquals(200, response.statusCode());
            Document front = html(response);
            assertTrue(front.select("section.topic").isEmpty());
            assertTrue(front.selectFirst(".hint").text().contains("feeds.txt"), front.selectFirst(".hint").text());
        }
    }

    @Test
    void topicNamesWithSpacesUmlautsAndAmpersandsAreEncodedInLinksAndDecodedByTheRoute() {
        Document front = page("/");
        assertEquals("/topic/B%C3%B6rse%20%26%20M%C3%A4rkte", section(front, BOERSE).selectFirst("h2 a").attr("href"));
        assertEquals("/topic/Aus%20aller%20Welt", section(front, WELT).selectFirst("h2 a").attr("href"));

        Document boerse = page(section(front, BOERSE).selectFirst("h2 a").attr("href"));

        assertEquals(BOERSE, boerse.selectFirst("h1").text());
        assertEquals(List.of("Ohne Link und ohne Text", "DAX schließt höher"), boerse.select("li.teaser h3").eachText());
        assertEquals(WISSEN, page("/topic/Wissen%20%26%20Bildung").selectFirst("h1").text());
    }

    @Test
    void topicPageShowsThirtyArticlesNewestFirstWithALinkToOlderOnes() {
        Document first = page("/topic/Politik");

        Elements titles = first.select("li.teaser h3 a");
        assertEquals(TopicPage.PAGE_SIZE, titles.size());
        assertEquals(STRASSENBAHN_TITLE, titles.first().text());
        assertEquals("Politik-Meldung Nr. 29", titles.last().text());
        assertNull(first.selectFirst(".pager a[rel=prev]"));
        assertEquals("/topic/Politik?seite=2", first.selectFirst(".pager a[rel=next]").attr("href"));
        assertTrue(first.selectFirst(".count").text().contains("Seite 1 von 2"));
    }

    @Test
    void secondTopicPageShowsTheRestWithALinkBack() {
        Document second = page("/topic/Politik?seite=2");

        assertEquals(List.of("Politik-Meldung Nr. 30", "Politik-Meldung Nr. 31", "Politik-Meldung Nr. 32",
                "Politik-Meldung Nr. 33", "Politik-Meldung Nr. 34", "Politik-Meldung Nr. 35"),
                second.select("li.teaser h3 a").eachText());
        assertEquals("/topic/Politik", second.selectFirst(".pager a[rel=prev]").attr("href"));
        assertNull(second.selectFirst(".pager a[rel=next]"));
        assertEquals("vor 15 Stunden", second.selectFirst("li.teaser time").text());
    }

    @Test
    void olderArticlesShowTheirBerlinDateInsteadOfARelativeTime() {
        Elements times = page("/topic/Aus%20aller%20Welt").select("li.teaser time");

        assertEquals(List.of("vor 2 Stunden", "25.11.2026, 14:05"), times.eachText());
        assertEquals("2026-11-25T14:05:00+01:00", times.get(1).attr("datetime"));
    }

    @Test
    void topicPageBeyondTheLastIsNotFoundAndANonsensePageIsABadRequest() {
        HttpResponse<String> beyond = reader.get("/topic/Politik?seite=3");
        HttpResponse<String> nonsense = reader.get("/topic/Politik?seite=zwei");

        assertEquals(404, beyond.statusCode());
        assertEquals("Nicht gefunden", html(beyond).selectFirst("h1").text());
        assertEquals(400, nonsense.statusCode());
        assertTrue(html(nonsense).selectFirst("main").text().contains("seite"));
    }

    @Test
    void unknownTopicIsAGermanNotFoundPage() {
        HttpResponse<String> response = reader.get("/topic/Sport");

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        Document document = html(response);
        assertEquals("Nicht gefunden", document.selectFirst("h1").text());
        assertTrue(document.selectFirst("main").text().contains("„Sport“"));
    }

    @Test
    void readingViewShowsTheExtractedBodyAndTheOriginalLink() {
        Document article = page("/article/" + news.strassenbahn());

        assertEquals(STRASSENBAHN_TITLE, article.selectFirst("article h1").text());
        assertEquals("Tagesschau Politik", article.selectFirst("article .source").text());
        assertEquals("2026-11-27T14:00:00+01:00", article.selectFirst("article time").attr("datetime"));
        assertEquals("Die neue Straßenbahn fährt öfter und ist größer.", article.selectFirst(".body p").text());
        assertEquals("https://politik.example/bahn.jpg", article.selectFirst(".body img").attr("src"));
        Element original = article.selectFirst("a.original");
        assertEquals("Zum Originalartikel", original.text());
        assertEquals("https://politik.example/strassenbahn", original.attr("href"));
        assertEquals("noopener noreferrer", original.attr("rel"));
        assertEquals("Text von der Originalseite übernommen.", article.selectFirst(".note").text());
        assertEquals("/topic/Politik", article.selectFirst(".back a").attr("href"));
    }

    @Test
    void readingViewSaysWhenTheBodyCameFromTheFeed() {
        Document article = page("/article/" + news.feedOnly());

        assertEquals("Äpfel aus dem Alten Land", article.selectFirst(".body").text());
        assertEquals("Inhalt aus dem Feed (Seite war kürzer als der Feed).", article.selectFirst(".note").text());
        assertEquals("/topic/Aus%20aller%20Welt", article.selectFirst(".back a").attr("href"));
    }

    @Test
    void readingViewWithoutAnyTextOrLinkSaysSo() {
        Document article = page("/article/" + news.withoutText());

        assertNull(article.selectFirst(".body"));
        assertEquals("Zu diesem Artikel liegt kein Text vor.", article.selectFirst("article .empty").text());
        assertNull(article.selectFirst("a.original"));
        assertTrue(article.selectFirst(".note").text().startsWith("Der Text konnte nicht geladen werden"));
    }

    @Test
    void unknownArticleIsNotFoundAndANonNumericIdIsABadRequest() {
        HttpResponse<String> unknown = reader.get("/article/999999");
        HttpResponse<String> nonNumeric = reader.get("/article/abc");

        assertEquals(404, unknown.statusCode());
        assertEquals("Nicht gefunden", html(unknown).selectFirst("h1").text());
        assertEquals(400, nonNumeric.statusCode());
        assertEquals("Ungültige Anfrage", html(nonNumeric).selectFirst("h1").text());
    }

    @Test
    void unknownAddressIsAGermanNotFoundPage() {
        HttpResponse<String> response = reader.get("/gibt-es-nicht");

        assertEquals(404, response.statusCode());
        assertEquals("Diese Seite gibt es nicht.", html(response).selectFirst(".problem p").text());
    }

    @Test
    void feedsPageShowsEveryFeedWithStatusAndMakesBrokenOnesStandOut() {
        Document document = page("/feeds");

        Elements rows = document.select("li.feed");
        assertEquals(List.of("Tagesschau Politik", "Weltspiegel", "Forschung aktuell", "Börsenblatt", "Altes Blatt"),
                rows.select("h2").eachText());
        Element broken = rows.get(1);
        assertTrue(broken.hasClass("status-error"));
        assertEquals("Fehler", broken.selectFirst(".badge").text());
        assertEquals(GermanNews.WELT_ERROR, broken.selectFirst(".error").text());
        assertEquals("vor 10 Minuten", broken.selectFirst("time").text());
        assertTrue(document.selectFirst(".alert").text().contains("Ein Feed konnte"));

        Element politik = rows.get(0);
        assertEquals("ok", politik.selectFirst(".badge").text());
        assertNull(politik.selectFirst(".error"));
        assertEquals(List.of("Politik", "36", "vor 3 Minuten", "sobald wie möglich", "https://politik.example/rss"),
                politik.select("dd:not(.unread-count)").eachText());

        assertEquals("noch nicht abgerufen", rows.get(2).selectFirst(".badge").text());
        assertEquals("–", rows.get(2).select("dd").get(2).text());
        assertEquals("20.11.2026, 08:15", rows.get(3).selectFirst("time").text());
        assertTrue(rows.get(4).hasClass("unsubscribed"));
        assertEquals("nicht mehr in feeds.txt", rows.get(4).selectFirst(".gone").text());
        assertFalse(rows.get(0).hasClass("unsubscribed"));
    }

    @Test
    void aTitleWithMarkupIsEscapedOnEveryPage() {
        for (String path : List.of("/", "/topic/Aus%20aller%20Welt", "/article/" + news.hostile(), "/feeds")) {
            HttpResponse<String> response = reader.get(path);
            assertEquals(200, response.statusCode());
            // The reader's own scripts come from /public (the CSP allows nothing else); no other script may appear.
            String withoutOwnScripts = response.body().replace("<script src=\"/public/theme.js\"></script>", "")
                    .replace("<script src=\"/public/reader.js\" defer></script>", "");
            assertFalse(withoutOwnScripts.contains("<script"), path + " contains a script element");
            assertFalse(response.body().contains("<Service"), path + " lets an error message's markup through");
            assertFalse(response.body().contains("<b>fett"), path + " lets teaser markup through");
        }
        assertEquals(HOSTILE_TITLE, page("/article/" + news.hostile()).selectFirst("article h1").text());
        assertTrue(reader.get("/").body().contains("&lt;script&gt;alert"));
        assertEquals(HOSTILE_TITLE, section(page("/"), WELT).selectFirst("li.teaser h3 a").text());
        assertEquals("Kurz <b>fett</b> gemeint", section(page("/"), WELT).selectFirst(".summary").text());
    }

    @Test
    void umlautsAndSharpSArriveIntactInTheHtml() {
        HttpResponse<String> response = reader.get("/article/" + news.strassenbahn());

        assertTrue(response.body().contains(STRASSENBAHN_TITLE));
        assertEquals(STRASSENBAHN_TITLE + " – Presseschau", html(response).title());
    }

    @Test
    void everyPageUsesTheOneStylesheetServedFromTheClasspath() {
        String href = page("/").selectFirst("link[rel=stylesheet]").attr("href");
        HttpResponse<String> css = reader.get(href);

        assertEquals("/public/style.css", href);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(css.body().contains("hyphens: auto"));
        assertTrue(css.body().contains("prefers-color-scheme: dark"));
        assertNotNull(page("/feeds").selectFirst("link[href=/public/style.css]"));
    }
}
