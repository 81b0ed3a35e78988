package de.presseschau;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.presseschau.testing.Browser;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import de.presseschau.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles built from a corpus of XSS payloads, read in a real browser: nothing runs. */
class XssBrowserTest {

    /**
     * Every element in the page that could run script: its tag and the offending attribute. The reader's own
     * forms post to its own paths; any other form came from the content.
     */
    private static final String ACTIVE_CONTENT = """
            const found = [];
            for (const el of document.querySelectorAll('main *')) {
              const tag = el.tagName.toLowerCase();
              if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'style', 'link'].includes(tag)) found.push(tag);
              if (tag === 'form' && !(el.getAttribute('action') || '').startsWith('/')) found.push('form');
              if (el.closest('.body') && ['form', 'input', 'button'].includes(tag)) found.push('content ' + tag);
              for (const attr of el.attributes) {
                const value = attr.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                if (attr.name.startsWith('on') || attr.name === 'style' || attr.name === 'srcdoc'
                    || /^(javascript|vbscript|data:text)/.test(value)) found.push(tag + '[' + attr.name + ']');
              }
            }
            return found.join(',');
            """;

    @TempDir
    Path dir;

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Böse Nachrichten</title>"
                + "<link>http://127.0.0.1/</link><description>x</description>" + items + "</channel></rss>";
    }

    @Test
    void noPayloadRunsInTheFrontPageTopicPageOrReadingView() throws Exception {
        List<String> payloads = new String(Fixtures.bytes("xss/payloads.txt"), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank()).toList();
        try (FixtureServer server = new FixtureServer(); Browser browser = new Browser(1000, 800)) {
            StringBuilder items = new StringBuilder();
            StringBuilder page = new StringBuilder("<html><head><title>Seite</title></head><body><article>");
            for (int i = 0; i < payloads.size(); i++) {
                String payload = payloads.get(i);
                // Half through the feed (the article page is missing, so the feed's content is shown),
                // half inside an article page that the extractor reads.
                String link = i % 2 == 0 ? server.url("/fehlt/" + i) : server.url("/seite");
                items.append("<item><title>Nutzlast ").append(i + 1).append(' ')
                        .append(payload.replace("&", "&amp;").replace("<", "&lt;"))
                        .append("</title><link>").append(link).append("#").append(i).append("</link><guid>p").append(i)
                        .append("</guid><description><![CDATA[<p>Vor der Nutzlast ").append(i + 1).append(".</p>")
                        .append(payload).append("<p>Nach der Nutzlast.</p>]]></description></item>");
                page.append("<p>Ein Absatz mit genug Text, damit der Extraktor ihn für den Artikel hält, Nummer ")
                        .append(i + 1).append(", und noch ein paar Wörter.</p>").append(payload);
            }
            page.append("</article></body></html>");
            server.serve("/boese.xml", Response.ok("application/rss+xml", rss(items.toString()).getBytes(StandardCharsets.UTF_8)));
            server.serve("/seite", Response.ok("text/html; charset=utf-8", page.toString().getBytes(StandardCharsets.UTF_8)));
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, "[Angriffe]\n" + server.url("/boese.xml") + "\n");
            // --allow-private: the article pages are on 127.0.0.1.
            Config config = Config.parse(new String[] {"--allow-private", "--feeds", feeds.toString(), "--data", dir.resolve("data").toString(),
                    "--port", "0", "--refresh", "1h"}, Map.of());

            try (App app = new App(config, Clock.systemUTC())) {
                app.fetchOnce(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                app.serve();
                String base = "http://127.0.0.1:" + app.port();
                HttpResponse<String> list = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=500")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                JsonNode articles = new ObjectMapper().readTree(list.body());
                assertTrue(articles.size() >= payloads.size() / 2, "articles stored: " + articles.size());

                List<String> pages = new ArrayList<>(List.of(base + "/", base + "/topic/Angriffe"));
                articles.forEach(article -> pages.add(base + "/article/" + article.get("id").asLong()));
                List<String> problems = new ArrayList<>();
                for (String url : pages) {
                    browser.open(url);
                    Object pwned = browser.script("return window.pwned === undefined ? null : String(window.pwned);");
                    String active = (String) browser.script(ACTIVE_CONTENT);
                    if (pwned != null || !active.isEmpty()) {
                        problems.add(url + ": pwned=" + pwned + " active=" + active);
                    }
                }
                assertEquals(List.of(), problems);
                browser.open(base + "/article/" + articles.get(0).get("id").asLong());
                assertTrue(browser.driver().getPageSource().contains("Nutzlast"), "the article itself is shown");
            }
        }
    }
}
