package de.presseschau;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import de.presseschau.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole program as a user runs it: feeds.txt, `fetch`, then the reader over HTTP. */
class AppTest {

    @TempDir
    Path dir;

    private final FixtureServer server = new FixtureServer();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private App app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
        server.close();
    }

    private static byte[] rss(String title, String items) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://127.0.0.1/</link><description>x</description>" + items + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private App start(String feedsTxt) throws IOException {
        Path feeds = dir.resolve("feeds.txt");
        Files.writeString(feeds, feedsTxt);
        // --allow-private: the article pages are on 127.0.0.1.
        Config config = Config.parse(new String[] {"--allow-private", "--feeds", feeds.toString(), "--data", dir.resolve("data").toString(),
                "--port", "0", "--refresh", "1h"}, Map.of());
        app = new App(config, Clock.systemUTC());
        return app;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    @Test
    void fetchStoresTheFeedsAndTheReaderShowsThemGroupedByTopic() throws Exception {
        server.serve("/sz.xml", Response.ok("text/xml",
                Fixtures.pointLinksAt(Fixtures.bytes("refresh/sueddeutsche-schlagzeilen-rss2-iso8859-1.xml"), server.url(""))));
        server.serve("/dlf.html", Response.ok("text/html; charset=utf-8", Fixtures.bytes("refresh/deutschlandfunk.de.titanic.html.gz")));
        server.serve("/dlf.xml", Response.ok("application/rss+xml; charset=utf-8", rss("Deutschlandfunk",
                "<item><title>„Wir dekorieren auf der Titanic die Liegestühle um“</title><link>" + server.url("/dlf.html")
                        + "</link><description>Precht über die Zukunft der Arbeit.</description>"
                        + "<pubDate>Mon, 01 May 2017 10:00:00 +0200</pubDate></item>")));
        server.serve("/kaputt.xml", Response.status(500));
        start("""
                # Test
                [Politik]
                %s   Süddeutsche
                kein-link
                [Kultur & Gesellschaft]
                %s
                %s
                """.formatted(server.url("/sz.xml"), server.url("/dlf.xml"), server.url("/kaputt.xml")));

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int status = app.fetchOnce(new PrintStream(console, true, StandardCharsets.UTF_8));
        String output = console.toString(StandardCharsets.UTF_8);
        app.serve();

        assertEquals(0, status);
        assertTrue(output.contains("Zeile 4"), output);
        assertTrue(output.contains("2 Feeds in Ordnung, 1 fehlgeschlagen, 4 neue Artikel"), output);
        assertTrue(output.contains("HTTP 500"), output);

        JsonNode topics = json.readTree(get("/api/topics"));
        assertEquals("Politik", topics.get(0).get("name").asText());
        assertEquals(3, topics.get(0).get("articleCount").asInt());
        assertEquals("Kultur & Gesellschaft", topics.get(1).get("name").asText());

        JsonNode feeds = json.readTree(get("/api/feeds"));
        List<String> statuses = new ArrayList<>();
        feeds.forEach(feed -> statuses.add(feed.get("status").asText()));
        assertEquals(List.of("ok", "ok", "error"), statuses);
        assertEquals("Süddeutsche", feeds.get(0).get("title").asText());

        String front = get("/");
        assertTrue(front.indexOf("Politik") < front.indexOf("Kultur &amp; Gesellschaft"), front);
        assertTrue(front.contains("Iran zu Atomstreit"), front);
        assertTrue(front.contains("„Wir dekorieren auf der Titanic die Liegestühle um“"), front);

        JsonNode interview = json.readTree(get("/api/articles?topic=" + java.net.URLEncoder.encode("Kultur & Gesellschaft", StandardCharsets.UTF_8)));
        assertEquals(1, interview.size());
        long id = interview.get(0).get("id").asLong();
        JsonNode article = json.readTree(get("/api/articles/" + id));
        assertEquals("extracted", article.get("extraction").asText());
        assertTrue(article.get("contentText").asText().contains("Die Digitalisierung der Arbeitswelt werde Millionen Arbeitsplätze kosten"));
        assertFalse(article.get("contentText").asText().contains("Entdecken Sie den Deutschlandfunk"));

        String reading = get("/article/" + id);
        assertTrue(reading.contains("Die Digitalisierung der Arbeitswelt werde Millionen Arbeitsplätze kosten"), reading);
        assertFalse(reading.contains("Deutschlandradio © 2009-2020"));
        assertTrue(reading.contains(server.url("/dlf.html")));

        String feedsPage = get("/feeds");
        assertTrue(feedsPage.contains("HTTP 500"), feedsPage);
        assertTrue(feedsPage.contains("Zeile 4: keine http(s)-Adresse"), feedsPage);
    }

    @Test
    void aFeedAddedToFeedsTxtWhileRunningIsFetchedAndARemovedOneKeepsItsArticles() throws Exception {
        server.serve("/eins.xml", Response.ok("application/rss+xml", rss("Eins",
                "<item><title>Erste Meldung</title><link>" + server.url("/1") + "</link><description>Eins.</description></item>")));
        server.serve("/zwei.xml", Response.ok("application/rss+xml", rss("Zwei",
                "<item><title>Zweite Meldung über Größe</title><link>" + server.url("/2") + "</link><description>Zwei.</description></item>")));
        start("[Eins]\n" + server.url("/eins.xml") + "\n");
        app.fetchOnce(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        app.serve();

        // A different size guarantees the change is seen even where file times are coarse.
        Files.writeString(dir.resolve("feeds.txt"), "[Zwei und mehr]\n" + server.url("/zwei.xml") + "\n");

        JsonNode articles = waitFor(() -> json.readTree(get("/api/articles")), list -> list.size() == 2, Duration.ofSeconds(20));
        List<String> titles = new ArrayList<>();
        articles.forEach(article -> titles.add(article.get("title").asText()));
        assertTrue(titles.containsAll(List.of("Erste Meldung", "Zweite Meldung über Größe")), titles::toString);
        JsonNode feeds = json.readTree(get("/api/feeds"));
        assertEquals(2, feeds.size());
        assertEquals(server.url("/zwei.xml"), feeds.get(0).get("url").asText());
        assertEquals("Zwei und mehr", feeds.get(0).get("topic").asText());
        assertTrue(feeds.get(0).get("subscribed").asBoolean());
        assertEquals(server.url("/eins.xml"), feeds.get(1).get("url").asText());
        assertFalse(feeds.get(1).get("subscribed").asBoolean());
        assertEquals(1, feeds.get(1).get("articleCount").asInt());
    }

    @Test
    void aScriptInFeedContentNeverReachesTheReader() throws Exception {
        server.serve("/boese.xml", Response.ok("application/rss+xml", rss("Böse",
                "<item><title>Harmlos &lt;script&gt;window.pwned=1&lt;/script&gt;</title><link>" + server.url("/weg")
                        + "</link><description><![CDATA[<p>Text<script>window.pwned=2</script>"
                        + "<img src=x onerror=\"window.pwned=3\"></p>]]></description></item>")));
        start("[Test]\n" + server.url("/boese.xml") + "\n");
        app.fetchOnce(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        app.serve();

        long id = json.readTree(get("/api/articles")).get(0).get("id").asLong();
        for (String page : List.of(get("/"), get("/topic/Test"), get("/article/" + id))) {
            // Titles are plain text: the parser drops markup from them; bodies are sanitized.
            assertTrue(page.contains("Harmlos"), page);
            assertFalse(page.contains("pwned"), page);
            assertFalse(page.contains("onerror"), page);
        }
    }

    @Test
    void withoutAPasswordTheReaderOnlyListensOnThisMachine() throws Exception {
        Path feeds = dir.resolve("feeds.txt");
        Files.writeString(feeds, "# leer\n");
        String[] args = {"--feeds", feeds.toString(), "--data", dir.resolve("data").toString(), "--host", "0.0.0.0"};

        try (App open = new App(Config.parse(args, Map.of()), Clock.systemUTC())) {
            assertEquals("127.0.0.1", open.host());
        }
        try (App protectedReader = new App(Config.parse(args, Map.of("PRESSESCHAU_PASSWORD", "Zugspitze-2962")), Clock.systemUTC())) {
            assertEquals("0.0.0.0", protectedReader.host());
        }
    }

    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T waitFor(Probe<T> probe, java.util.function.Predicate<T> done, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(end)) {
            Thread.sleep(200);
            value = probe.get();
        }
        assertTrue(done.test(value), "gave up waiting; last value: " + value);
        return value;
    }
}
