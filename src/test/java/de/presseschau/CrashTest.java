package de.presseschau;

import de.presseschau.model.FeedSummary;
import de.presseschau.search.SearchIndex;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.SearchSource;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kills Presseschau with SIGKILL in the middle of refreshes, again and again: nothing is lost, nothing doubled. */
class CrashTest {

    private static final int FEEDS = 6;
    private static final int ITEMS = 15;

    @TempDir
    Path dir;

    private static byte[] feed(FixtureServer server, int feed) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            items.append("<item><title>Meldung ").append(feed).append('-').append(i).append(" über Straßenbau</title><link>")
                    .append(server.url("/p/" + feed + "/" + i)).append("</link><guid>g-").append(feed).append('-').append(i)
                    .append("</guid><description>Kurzfassung der Meldung.</description></item>");
        }
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed " + feed
                + "</title><link>http://127.0.0.1/</link><description>x</description>" + items + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] page(int feed, int item) {
        String paragraph = "<p>Der Gemeinderat hat am Dienstag über den Ausbau der Straße beraten, die seit Jahren als "
                + "Nadelöhr gilt; die Anwohner fordern eine schnelle Lösung, die Verwaltung mahnt zur Geduld.</p>";
        return ("<html><head><title>Meldung " + feed + "-" + item + "</title></head><body><nav><a href=\"/\">Start</a></nav>"
                + "<article>" + paragraph.repeat(4) + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private Process startFetch(Path feeds, Path data) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), App.class.getName(),
                "fetch", "--allow-private", "--feeds", feeds.toString(), "--data", data.toString())
                .redirectErrorStream(true)
                .start();
    }

    /**
     * Reads the child's progress until a line starts with {@code prefix}; null then, else what the child printed last
     * before it ended (a database it could not open says so there).
     */
    private static String killWhenPrinted(Process child, String prefix) throws Exception {
        java.io.BufferedReader output = new java.io.BufferedReader(
                new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String last = "(nothing)";
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return null;
            }
            last = line;
        }
        return last;
    }

    @Test
    void killingARefreshAtAnyMomentLosesAndDoublesNothing() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            StringBuilder list = new StringBuilder("[Lokales]\n");
            for (int f = 0; f < FEEDS; f++) {
                server.serve("/f/" + f, Response.ok("application/rss+xml", feed(server, f)).delayedBy(50L * f));
                for (int i = 0; i < ITEMS; i++) {
                    server.serve("/p/" + f + "/" + i, Response.ok("text/html; charset=utf-8", page(f, i)).delayedBy(80));
                }
                list.append(server.url("/f/" + f)).append('\n');
            }
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, list);
            Path data = dir.resolve("data");

            // Kill at different stages: while fetching feeds, while storing, while extracting pages. What a
            // progress line reports as done must be on disk, since it was committed before it was printed.
            int done = 0;
            for (String killWhen : List.of("Rufe", "[3/6]", "Artikelseiten: 10/", "Artikelseiten: 50/")) {
                Process child = startFetch(feeds, data);
                String ended = killWhenPrinted(child, killWhen);
                assertNull(ended, "the child never printed " + killWhen + "; its last line: " + ended);
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                try (Database database = Database.open(data)) {
                    ArticleStore articles = new ArticleStore(database);
                    int stored = articles.countAll();
                    int extracted = stored - articles.findPendingExtraction(1_000).size();
                    assertTrue(stored <= FEEDS * ITEMS, "after a kill at \"" + killWhen + "\": " + stored);
                    if (killWhen.startsWith("[3/6]")) {
                        assertTrue(stored >= 3 * ITEMS, "three feeds were reported done, but only " + stored + " articles kept");
                    }
                    if (killWhen.startsWith("Artikelseiten: ")) {
                        int reported = Integer.parseInt(killWhen.replaceAll("\\D", ""));
                        assertTrue(extracted >= done + reported, reported + " pages reported done, " + (extracted - done) + " kept");
                    }
                    done = extracted;
                }
            }

            // --allow-private: the article pages are on 127.0.0.1.
            Config config = Config.parse(new String[] {"fetch", "--allow-private", "--feeds", feeds.toString(), "--data", data.toString()}, Map.of());
            try (App app = new App(config, Clock.systemUTC())) {
                assertEquals(0, app.fetchOnce(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
            }
            try (Database database = Database.open(data)) {
                ArticleStore articles = new ArticleStore(database);
                assertEquals(FEEDS * ITEMS, articles.countAll());
                for (FeedSummary summary : new FeedStore(database).findAllWithCounts()) {
                    assertEquals(ITEMS, summary.entryCount(), summary.feed().url());
                }
                assertEquals(List.of(), articles.findPendingExtraction(1_000), "every article has its body after the last run");
                assertEquals(FEEDS * ITEMS, articles.findTeasers(null, 1_000, 0).stream().map(t -> t.url()).distinct().count());
                // Runs killed before their end stored articles they never indexed; every body is searchable now.
                try (SearchIndex search = SearchIndex.open(data.resolve("search"), new SearchSource(database))) {
                    assertEquals(FEEDS * ITEMS, search.search("Nadelöhr", null, 1_000).size());
                }
            }
        }
    }
}
