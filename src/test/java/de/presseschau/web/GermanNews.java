package de.presseschau.web;

import de.presseschau.model.Extraction;
import de.presseschau.model.Subscription;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.FeedStore;
import de.presseschau.store.NewEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static de.presseschau.web.RunningReader.NOW;

/**
 * A small German news day, stored through the real stores: four topics in feeds.txt order (one without
 * articles), 36 Politik articles for paging, umlauts and ß, a hostile title, a broken and a removed feed.
 */
record GermanNews(long politikFeed, long weltFeed, long boerseFeed, long wissenFeed, long removedFeed,
                  long strassenbahn, long hostile, long feedOnly, long withoutText, long pending) {

    static final String STRASSENBAHN_TITLE = "Größere Straßenbahn für Düsseldorf: Außenbezirke angeschlossen";
    static final String HOSTILE_TITLE = "<script>alert(\"x\")</script> Übergröße & Co.";
    static final String BOERSE = "Börse & Märkte";
    static final String WISSEN = "Wissen & Bildung";
    static final String WELT = "Aus aller Welt";
    static final String WELT_ERROR = "HTTP 503 <Service Unavailable> von welt.example";
    static final int POLITIK_ARTICLES = 36;

    static GermanNews storeIn(FeedStore feeds, ArticleStore articles) {
        Subscription politik = new Subscription("https://politik.example/rss", "Tagesschau Politik", "Politik", 2);
        Subscription welt = new Subscription("https://welt.example/rss", "Weltspiegel", WELT, 5);
        Subscription wissen = new Subscription("https://wissen.example/rss", "Forschung aktuell", WISSEN, 8);
        Subscription boerse = new Subscription("https://boerse.example/rss", "Börsenblatt", BOERSE, 11);
        Subscription removed = new Subscription("https://alt.example/rss", "Altes Blatt", "Politik", 12);
        feeds.sync(List.of(politik, welt, wissen, boerse, removed), NOW.minus(Duration.ofDays(30)));
        List<Long> ids = feeds.sync(List.of(politik, welt, wissen, boerse), NOW.minus(Duration.ofDays(1))).stream()
                .map(feed -> feed.id()).toList();
        long politikFeed = ids.get(0);
        long weltFeed = ids.get(1);
        long wissenFeed = ids.get(2);
        long boerseFeed = ids.get(3);
        long removedFeed = feeds.findAllWithCounts().stream()
                .filter(summary -> !summary.feed().subscribed()).findFirst().orElseThrow().feed().id();

        for (int i = 1; i < POLITIK_ARTICLES; i++) {
            add(articles, politikFeed, "https://politik.example/meldung-" + i, "Politik-Meldung Nr. " + i,
                    NOW.minus(Duration.ofMinutes(30L * i)), "Kurzfassung der Meldung " + i);
        }
        long strassenbahn = add(articles, politikFeed, "https://politik.example/strassenbahn", STRASSENBAHN_TITLE,
                NOW.minus(Duration.ofMinutes(5)), "Die Rheinbahn fährt künftig öfter. ".repeat(12));
        articles.saveExtracted(strassenbahn,
                "<p>Die neue Straßenbahn fährt öfter und ist größer.</p><p><img src=\"https://politik.example/bahn.jpg\" alt=\"Bahn\"></p>",
                "Die neue Straßenbahn fährt öfter und ist größer.");

        long hostile = add(articles, weltFeed, "https://welt.example/hostile", HOSTILE_TITLE,
                NOW.minus(Duration.ofHours(2)), "Kurz <b>fett</b> gemeint");
        articles.saveExtracted(hostile, "<p>Harmloser Text.</p>", "Harmloser Text.");
        long feedOnly = add(articles, weltFeed, "https://welt.example/feed-only", "Nur der Feed-Text über Äpfel",
                NOW.minus(Duration.ofDays(2)), "Äpfel aus dem Alten Land");
        articles.saveFallback(feedOnly, Extraction.FEED, "Seite war kürzer als der Feed");

        long withoutText = articles.addEntry(new NewEntry(boerseFeed, "ohne-link", null, "Ohne Link und ohne Text",
                NOW.minus(Duration.ofHours(3)), null, null, null, null), NOW).articleId();
        long pending = add(articles, boerseFeed, "https://boerse.example/dax", "DAX schließt höher",
                NOW.minus(Duration.ofHours(4)), "Der Leitindex legte zu.");

        feeds.recordFetched(politikFeed, "Politik-Feed", "\"etag\"", null, NOW.minus(Duration.ofMinutes(3)));
        feeds.recordFailure(weltFeed, WELT_ERROR, NOW.minus(Duration.ofMinutes(10)));
        feeds.recordNotModified(boerseFeed, null, null, Instant.parse("2026-11-20T07:15:00Z"));

        return new GermanNews(politikFeed, weltFeed, boerseFeed, wissenFeed, removedFeed,
                strassenbahn, hostile, feedOnly, withoutText, pending);
    }

    private static long add(ArticleStore articles, long feedId, String url, String title, Instant published,
                            String summary) {
        String summaryHtml = "<p>" + summary.replace("<", "&lt;") + "</p>";
        return articles.addEntry(new NewEntry(feedId, url, url, title, published, summaryHtml, summary,
                summaryHtml, summary), NOW).articleId();
    }
}
