package de.presseschau.search;

import de.presseschau.model.Subscription;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.NewEntry;
import de.presseschau.store.SearchSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    private static final Instant NOW = Instant.parse("2026-11-27T13:05:00Z");

    private final Database database = Database.inMemory();
    private final ArticleStore articles = new ArticleStore(database);
    private final SearchSource source = new SearchSource(database);
    private final long politik;
    private final long sport;

    SearchIndexTest() {
        var feeds = new FeedStore(database).sync(List.of(
                new Subscription("https://politik.example/rss", null, "Politik", 0),
                new Subscription("https://sport.example/rss", null, "Sport", 1)), NOW);
        politik = feeds.get(0).id();
        sport = feeds.get(1).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long store(long feed, String title, String text) {
        String url = "https://news.example/" + Math.abs((title + text).hashCode());
        return articles.addEntry(new NewEntry(feed, url, url, title, NOW, null, text, null, text), NOW).articleId();
    }

    private List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::articleId).toList();
    }

    @Test
    void findsInflectedGermanWordsAndUmlautSpellings() {
        long wahlen = store(politik, "Landtagswahlen im Osten", "Die Wahlen in Thüringen und Sachsen entscheiden viel.");
        long strasse = store(politik, "Sperrung in der Innenstadt", "Die Straße bleibt bis Montag gesperrt.");
        long muenchen = store(sport, "Derby in München", "Die Bayern gewinnen.");
        try (SearchIndex index = SearchIndex.inMemory(source)) {
            assertEquals(List.of(wahlen), ids(index.search("Wahl", null, 10)));
            assertEquals(List.of(strasse), ids(index.search("Strasse", null, 10)));
            assertEquals(List.of(strasse), ids(index.search("straße", null, 10)));
            assertEquals(List.of(muenchen), ids(index.search("Muenchen", null, 10)));
            assertEquals(List.of(), ids(index.search("Bundestag", null, 10)));
        }
    }

    @Test
    void headlineMatchesComeBeforeBodyMatchesAndTheTopicFilters() {
        long inBody = store(politik, "Debatte im Parlament", "Es ging lange um die Rente und die Rente mit 70 und die Rente der Jüngeren.");
        long inTitle = store(politik, "Rente: Kabinett beschließt Reform", "Das Kabinett hat heute entschieden.");
        long otherTopic = store(sport, "Rente für Profis?", "Vereine diskutieren.");
        try (SearchIndex index = SearchIndex.inMemory(source)) {
            List<Long> all = ids(index.search("Renten", null, 10));
            assertEquals(3, all.size());
            assertTrue(all.indexOf(inTitle) < all.indexOf(inBody), all.toString());
            assertTrue(all.indexOf(otherTopic) < all.indexOf(inBody), all.toString());
            assertEquals(List.of(inTitle, inBody), ids(index.search("Rente", "Politik", 10)));
        }
    }

    @Test
    void marksTheMatchAndEscapesEverythingElse() {
        store(politik, "<b>Wahl</b> & Co", "Vor der Wahl: <script>alert(1)</script> und \"Wahlen\" in Bayern.");
        try (SearchIndex index = SearchIndex.inMemory(source)) {
            SearchHit hit = index.search("wahl", null, 10).get(0);
            assertEquals("&lt;b&gt;<mark>Wahl</mark>&lt;/b&gt; &amp; Co", hit.titleHtml());
            assertEquals("Vor der <mark>Wahl</mark>: &lt;script&gt;alert(1)&lt;/script&gt; und &quot;<mark>Wahlen</mark>&quot; in Bayern.",
                    hit.snippetHtml());
        }
    }

    @Test
    void keepsUpWithNewArticlesAndIsRebuiltWhenTheDirectoryIsEmpty(@TempDir Path dir) {
        store(politik, "Haushalt beschlossen", "Der Bundestag stimmt zu.");
        try (SearchIndex index = SearchIndex.open(dir.resolve("suche"), source)) {
            assertEquals(1, index.search("Bundestag", null, 10).size(), "rebuilt from the database at start");
            long later = store(politik, "Bundestag vertagt sich", "Sitzung beendet.");
            index.update(List.of(later));
            assertEquals(2, index.search("Bundestag", null, 10).size());
        }
        try (SearchIndex reopened = SearchIndex.open(dir.resolve("suche"), source)) {
            assertEquals(2, reopened.search("Bundestag", null, 10).size(), "kept on disk");
        }
    }

    @Test
    void articlesStoredButNeverIndexedAreIndexedWhenTheIndexOpensAgain(@TempDir Path dir) {
        store(politik, "Haushalt beschlossen", "Der Bundestag stimmt zu.");
        try (SearchIndex index = SearchIndex.open(dir.resolve("suche"), source)) {
            assertEquals(1, index.search("Bundestag", null, 10).size());
        }
        // A refresh stored this one and was killed before it reached the index.
        long missed = store(sport, "Bundestag gegen Bundesrat", "Das Benefizspiel endet unentschieden.");
        try (SearchIndex reopened = SearchIndex.open(dir.resolve("suche"), source)) {
            assertEquals(List.of(missed), ids(reopened.search("Benefizspiel", null, 10)));
            assertEquals(2, reopened.search("Bundestag", null, 10).size());
            assertEquals(0, reopened.indexMissing(), "nothing is left to index");
        }
    }

    @Test
    void aBodyExtractedAfterTheArticleWasIndexedIsIndexedByTheNextRefresh() {
        long id = store(politik, "Haushalt beschlossen", "Kurz aus dem Feed.");
        try (SearchIndex index = SearchIndex.inMemory(source)) {
            articles.saveExtracted(id, "<p>Der Bundestag stimmt dem Haushalt zu.</p>", "Der Bundestag stimmt dem Haushalt zu.");
            assertEquals(List.of(), ids(index.search("Bundestag", null, 10)), "the index still holds the teaser");

            new de.presseschau.refresh.SearchIndexing(index).afterRefresh();

            assertEquals(List.of(id), ids(index.search("Bundestag", null, 10)));
        }
    }

    @Test
    void aMatchDeepInALongTextIsShownInItsWindowWithTheCutsMarked() {
        String filler = "Die Sitzung dauerte lange und brachte wenig Neues.   \n\n".repeat(200);
        store(politik, "Sitzung im Landtag", filler + "Am Ende ging es um die Straßenbahn in Kassel. " + filler);
        try (SearchIndex index = SearchIndex.inMemory(source)) {
            String snippet = index.search("Strassenbahn", null, 10).get(0).snippetHtml();

            assertTrue(snippet.startsWith("… ") && snippet.endsWith(" …"), snippet);
            assertTrue(snippet.contains("ging es um die <mark>Straßenbahn</mark> in Kassel."), snippet);
            assertTrue(snippet.length() < SearchIndex.SNIPPET_LENGTH + 40, snippet);
            assertTrue(!snippet.contains("  ") && !snippet.contains("\n"), "whitespace runs become one space: " + snippet);
        }
    }

    @Test
    void aBodyChangedSinceItWasIndexedStillShowsItsMatch() {
        String filler = "Die Sitzung dauerte lange und brachte wenig Neues. ".repeat(30);
        long id = store(politik, "Sitzung im Landtag", filler + "Am Ende ging es um die Straßenbahn in Kassel.");
        try (SearchIndex index = SearchIndex.inMemory(source)) {
            // Where the index saw the match, the new text has other words: the snippet must find the match itself.
            articles.saveExtracted(id, "<p>x</p>", "Die Straßenbahn fährt wieder. " + filler);

            String snippet = index.search("Strassenbahn", null, 10).get(0).snippetHtml();

            assertTrue(snippet.startsWith("Die <mark>Straßenbahn</mark> fährt wieder."), snippet);
        }
    }

    @Test
    void anIndexWrittenWithoutTheWordsOffsetsIsRebuilt(@TempDir Path dir) throws Exception {
        long id = store(politik, "Haushalt beschlossen", "Der Bundestag stimmt zu.");
        try (Directory old = FSDirectory.open(dir.resolve("suche"));
             IndexWriter writer = new IndexWriter(old, new IndexWriterConfig(new SearchAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", Long.toString(id), Field.Store.YES));
            doc.add(new StoredField("articleId", id));
            doc.add(new TextField("title", "Haushalt beschlossen", Field.Store.NO));
            doc.add(new TextField("body", "Der Bundestag stimmt zu.", Field.Store.NO));
            doc.add(new LongPoint("published", NOW.toEpochMilli()));
            writer.addDocument(doc);
        }

        try (SearchIndex index = SearchIndex.open(dir.resolve("suche"), source)) {
            assertEquals(List.of(id), ids(index.search("Bundestag", null, 10)));
        }

        try (Directory rebuilt = FSDirectory.open(dir.resolve("suche"));
             DirectoryReader reader = DirectoryReader.open(rebuilt)) {
            FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
            for (String field : List.of("title", "body")) {
                assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, fields.fieldInfo(field).getIndexOptions(),
                        field);
            }
            assertEquals(1, reader.numDocs());
        }
    }

    @Test
    void aHitFoundByItsHeadlineAloneShowsTheBeginningOfItsTextUnmarked() {
        store(politik, "Streik bei der Bahn", "Pendler müssen sich auf Ausfälle einstellen. " + "Weitere Details folgen. ".repeat(50));
        try (SearchIndex index = SearchIndex.inMemory(source)) {
            SearchHit hit = index.search("Streik", null, 10).get(0);

            assertEquals("<mark>Streik</mark> bei der Bahn", hit.titleHtml());
            assertTrue(hit.snippetHtml().startsWith("Pendler müssen sich auf Ausfälle einstellen."), hit.snippetHtml());
            assertTrue(hit.snippetHtml().endsWith(" …") && !hit.snippetHtml().contains("<mark>"), hit.snippetHtml());
        }
    }

    @Test
    void aLaterPageLeavesOutTheBestHits() {
        for (int i = 0; i < 5; i++) {
            store(politik, "Rente " + i, "Rente und Rente".repeat(i + 1));
        }
        try (SearchIndex index = SearchIndex.inMemory(source)) {
            List<Long> all = ids(index.search("Rente", null, 10));

            assertEquals(all.subList(2, 5), ids(index.search("Rente", null, null, null, 2, 10)));
            assertEquals(all.subList(0, 3), index.rank("Rente", null, null, null, 3));
        }
    }

    @Test
    void aCallerInterruptedWhileIndexingLeavesTheIndexWorking(@TempDir Path dir) {
        long first = store(politik, "Haushalt beschlossen", "Der Bundestag hat den Haushalt beschlossen.");
        try (SearchIndex index = SearchIndex.open(dir.resolve("suche"), source)) {
            long second = store(politik, "Haushalt im Bundesrat", "Nun berät der Bundesrat den Haushalt.");
            // A reader being stopped interrupts its refresh, which may be indexing: with the flag set, every file
            // operation of the calling thread fails at once, and Lucene's file channels close for good.
            Thread.currentThread().interrupt();
            try {
                index.indexMissing();
            } finally {
                assertTrue(Thread.interrupted(), "the interrupt was swallowed");
            }

            long third = store(sport, "Haushalt des Vereins", "Der Verein legt seinen Haushalt vor.");
            index.indexMissing();
            assertEquals(java.util.Set.of(first, second, third), java.util.Set.copyOf(ids(index.search("Haushalt", null, 10))));
        }
    }
}
