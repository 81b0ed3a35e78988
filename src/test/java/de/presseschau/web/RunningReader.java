package de.presseschau.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.refresh.RefreshRequests;
import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.refresh.Reextractor;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.SettingStore;
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
import java.time.Duration;
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

    final SettingStore settings = new SettingStore(database);
    /** The reader's search index; tests index what they stored with {@code search.rebuild()}. */
    final de.presseschau.search.SearchIndex search =
            de.presseschau.search.SearchIndex.inMemory(new de.presseschau.store.SearchSource(database));
    private final WebApp app;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private boolean databaseClosed;

    RunningReader() {
        this(null, null);
    }

    /** A reader protected by {@code password} (null: open) that lets API clients in with {@code apiToken}. */
    RunningReader(String password, String apiToken) {
        app = new WebApp(database, feeds, articles, List::of,
                new RefreshRequests(feeds, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(1)),
                new Reextractor(new Fetcher(HttpSettings.defaults()), AddressPolicy.publicAndLoopback(), new ArticleExtractor(new HtmlSanitizer()), articles)::reextract,
                // Fewer hash rounds than in production keep the tests quick; the scheme is the same.
                new Access(new Credentials(password, settings, new PasswordHash(1_000)), apiToken, null),
                Clock.fixed(NOW, ZoneOffset.UTC), search);
        app.start("127.0.0.1", 0);
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

    /** Sends a request built on the reader's address, for methods and headers other than a plain GET. */
    HttpResponse<String> send(String pathAndQuery, java.util.function.UnaryOperator<HttpRequest.Builder> request) {
        HttpRequest built = request.apply(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))).build();
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + pathAndQuery, e);
        }
    }

    int port() {
        return app.port();
    }

    /** A form post without fields, as the reader's buttons send it; redirects are not followed. */
    HttpResponse<String> post(String path) {
        return send(path, r -> r.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
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
