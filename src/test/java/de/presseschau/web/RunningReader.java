package de.presseschau.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.refresh.Reextractor;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;

/** The real WebApp on a free port over a fresh in-memory database, driven over real HTTP. */
final class RunningReader implements AutoCloseable {

    /** 27.11.2026, 14:05 in Berlin. */
    static final Instant NOW = Instant.parse("2026-11-27T13:05:00Z");

    final Database database = Database.inMemory();
    final FeedStore feeds = new FeedStore(database);
    final ArticleStore articles = new ArticleStore(database);

    private final WebApp app = new WebApp(database, feeds, articles, List::of,
            new Reextractor(new Fetcher(HttpSettings.defaults()), new ArticleExtractor(new HtmlSanitizer()), articles)::reextract,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private boolean databaseClosed;

    RunningReader() {
        app.start("127.0.0.1", 0);
    }

    /** A form post without fields, as the reading view's button sends it; redirects are not followed. */
    HttpResponse<String> post(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during POST " + path, e);
        }
    }

    HttpResponse<String> get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + pathAndQuery, e);
        }
    }

    /** The Content-Type header, lower case and without spaces, as servers differ in both. */
    static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElseThrow()
                .toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    }

    static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }

    void closeDatabase() {
        database.close();
        databaseClosed = true;
    }

    @Override
    public void close() {
        app.stop();
        if (!databaseClosed) {
            database.close();
        }
    }
}
