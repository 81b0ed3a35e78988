package de.presseschau.store;

import de.presseschau.model.Article;
import de.presseschau.model.Extraction;
import de.presseschau.model.Subscription;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.LongDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyStorageTest {

    private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");

    @TempDir
    Path dir;

    @Test
    void keepsAnArticleBodyOfUsualSizeInsideItsRowWithoutALobOfItsOwn() {
        String text = "Die Länder fordern ein größeres Mitspracherecht bei der Auswahl der Strecken. ".repeat(150);
        long id = storeWithBody("<p>" + text + "</p>", text);

        assertEquals(0, lobsInFile(), "a body of 12,000 characters went to H2's separate LOB storage");
        assertBodyReadsBack(id, "<p>" + text + "</p>", text);
    }

    @Test
    void keepsEveryCharacterOfABodyTooLargeForTheRow() {
        String text = "Ein sehr langer Bericht über den Haushalt, Absatz für Absatz. ".repeat(3000);
        long id = storeWithBody("<p>" + text + "</p>", text);

        assertTrue(lobsInFile() > 0, "a body of 180,000 characters stays out of the row");
        assertBodyReadsBack(id, "<p>" + text + "</p>", text);
    }

    private long storeWithBody(String html, String text) {
        try (Database database = Database.open(dir)) {
            long feed = new FeedStore(database).sync(List.of(new Subscription("https://a.example/rss", "A", "Politik", 1)),
                    NOW).get(0).id();
            ArticleStore articles = new ArticleStore(database);
            long id = articles.addEntry(new NewEntry(feed, "guid-1", "https://a.example/1", "Meldung", NOW,
                    "<p>Kurz</p>", "Kurz", null, null), NOW).articleId();
            articles.saveFromPage(id, new PageBody(html, text, null, null, Extraction.EXTRACTED, null));
            return id;
        }
    }

    private void assertBodyReadsBack(long id, String html, String text) {
        try (Database database = Database.open(dir)) {
            Article article = new ArticleStore(database).findById(id).orElseThrow();
            assertEquals(html, article.contentHtml());
            assertEquals(text, article.contentText());
        }
    }

    /** Blocks in H2's LOB storage, which holds the values kept outside their rows. */
    private long lobsInFile() {
        MVStore store = new MVStore.Builder().fileName(dir.resolve("presseschau.mv.db").toString()).readOnly().open();
        try {
            return store.hasMap("lobData") ? store.openMap("lobData", new MVMap.Builder<Long, byte[]>()
                    .keyType(LongDataType.INSTANCE).valueType(ByteArrayDataType.INSTANCE)).sizeAsLong() : 0;
        } finally {
            store.close();
        }
    }
}
