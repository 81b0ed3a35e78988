package de.presseschau.search;

import de.presseschau.store.ArticleText;
import de.presseschau.store.IndexedArticle;
import de.presseschau.store.SearchSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Lucene index of every article's headline and text, searched with German analysis, headline matches first.
 * The database stays the truth: the index can always be rebuilt from it.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** A headline match counts this many times a match in the body. */
    static final float TITLE_BOOST = 4f;
    static final int SNIPPET_LENGTH = 240;
    private static final int REBUILD_BATCH = 500;
    /** The article's date in epoch milliseconds, for the date filter. */
    private static final String PUBLISHED = "published";

    /**
     * Headline and body with where their words stand, so a hit's marks are set where the index says, without
     * analysing its texts word by word.
     */
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
    }

    private final SearchSource source;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final Highlighter highlighter = new Highlighter(analyzer);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ExecutorService writes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-index-writer");
        thread.setDaemon(true);
        return thread;
    });

    private SearchIndex(SearchSource source, Directory directory) {
        this.source = source;
        this.directory = directory;
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index", e);
        }
    }

    /**
     * The index in {@code dir} (under the data directory), rebuilt from the database when it is missing or empty, or
     * was written before articles carried their date or their words' offsets.
     */
    public static SearchIndex open(Path dir, SearchSource source) {
        try {
            SearchIndex index = new SearchIndex(source, FSDirectory.open(dir));
            // Counted only for an index to be rebuilt: every other start needs no count.
            boolean outdated = index.writer.getDocStats().numDocs == 0 || !index.isCurrentFormat();
            int articles = outdated ? source.countArticles() : 0;
            if (articles > 0) {
                // About a minute at 200,000 articles, before the first page is served: say what the wait is.
                log.info("Der Suchindex wird aus {} Artikeln neu aufgebaut …", articles);
                long start = System.nanoTime();
                index.rebuild();
                log.info("Suchindex aufgebaut in {} s", (System.nanoTime() - start) / 1_000_000_000);
            } else {
                // A refresh killed before its end left articles stored but not indexed.
                index.indexMissing();
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in " + dir, e);
        }
    }

    private boolean isCurrentFormat() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
            return reader.numDocs() == 0 || fields.fieldInfo(PUBLISHED) != null && hasOffsets(fields.fieldInfo("title"))
                    && hasOffsets(fields.fieldInfo("body"));
        }
    }

    private static boolean hasOffsets(FieldInfo field) {
        return field != null && field.getIndexOptions() == WITH_OFFSETS.indexOptions();
    }

    /** An index in memory, built from the database now: for in-memory databases and tests. */
    public static SearchIndex inMemory(SearchSource source) {
        SearchIndex index = new SearchIndex(source, new ByteBuffersDirectory());
        index.rebuild();
        return index;
    }

    /** Builds the index again from every stored article. */
    public synchronized void rebuild() {
        onWriterThread(this::rebuildHere);
    }

    private Void rebuildHere() {
        try {
            writer.deleteAll();
            long after = 0;
            for (List<IndexedArticle> batch = source.findAfter(after, REBUILD_BATCH); !batch.isEmpty();
                 batch = source.findAfter(after, REBUILD_BATCH)) {
                for (IndexedArticle article : batch) {
                    writer.addDocument(document(article));
                }
                after = batch.get(batch.size() - 1).id();
            }
            publish();
            source.markIndexedUpTo(after);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rebuild the search index", e);
        }
    }

    /** Indexes the listed articles as they are stored now (new ones, or ones whose body changed). */
    public synchronized void update(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        onWriterThread(() -> {
            index(source.find(articleIds));
            return null;
        });
    }

    /**
     * Indexes every article the database does not mark as indexed: those a killed refresh stored but never indexed,
     * and those whose body changed since. Returns how many.
     */
    public synchronized int indexMissing() {
        return onWriterThread(this::indexMissingHere);
    }

    private int indexMissingHere() {
        int count = 0;
        for (List<IndexedArticle> batch = source.findUnindexed(REBUILD_BATCH); !batch.isEmpty();
             batch = source.findUnindexed(REBUILD_BATCH)) {
            index(batch);
            count += batch.size();
        }
        return count;
    }

    /**
     * Runs a write on the index's own thread and waits for it, also when the caller is interrupted (the flag is kept
     * for the caller). A thread interrupted during a file operation closes the file's channel for good (NIO), and
     * Lucene's index files and write lock with it: a reader stopped while its refresh indexed had an index that failed
     * every write after. Only this thread writes, and it is never interrupted.
     */
    private <T> T onWriterThread(Callable<T> write) {
        Future<T> result = writes.submit(write);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException cause) {
                        throw cause;
                    }
                    throw new IllegalStateException("Indexing failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Marked in the database only after the commit, so a crash in between indexes them once more, never not at all. */
    private void index(List<IndexedArticle> articles) {
        try {
            for (IndexedArticle article : articles) {
                writer.updateDocument(new Term("id", Long.toString(article.id())), document(article));
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update the search index", e);
        }
        source.markIndexed(articles.stream().map(IndexedArticle::id).toList());
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefresh();
    }

    private static Document document(IndexedArticle article) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(article.id()), Field.Store.YES));
        doc.add(new StoredField("articleId", article.id()));
        doc.add(new Field("title", article.title() == null ? "" : article.title(), WITH_OFFSETS));
        doc.add(new Field("body", article.text() == null ? "" : article.text(), WITH_OFFSETS));
        for (String topic : article.topics()) {
            doc.add(new StringField("topic", topic, Field.Store.NO));
        }
        if (article.publishedAt() != null) {
            doc.add(new LongPoint(PUBLISHED, article.publishedAt().toEpochMilli()));
        }
        return doc;
    }

    /**
     * Articles matching every word of {@code query} (after German analysis) in headline or text, best first;
     * {@code topic} null means all topics. The words are never read as query syntax.
     */
    public List<SearchHit> search(String query, String topic, int limit) {
        return search(query, topic, null, null, limit);
    }

    /** As {@link #search(String, String, int)}, only articles dated from {@code since} to before {@code until}. */
    public List<SearchHit> search(String query, String topic, Instant since, Instant until, int limit) {
        return search(query, topic, since, until, 0, limit);
    }

    /** As {@link #search(String, String, Instant, Instant, int)}, leaving out the {@code offset} best: a later page. */
    public List<SearchHit> search(String query, String topic, Instant since, Instant until, int offset, int limit) {
        Set<String> terms = terms(query);
        List<Ranked> ranked = rank(terms, topic, since, until, offset, limit, true);
        Map<Long, ArticleText> texts = source.findTexts(ranked.stream().map(Ranked::articleId).toList()).stream()
                .collect(Collectors.toMap(ArticleText::id, Function.identity()));
        return ranked.stream().filter(hit -> texts.containsKey(hit.articleId()))
                .map(hit -> {
                    ArticleText article = texts.get(hit.articleId());
                    return new SearchHit(article.id(), highlighter.highlight(article.title(), terms, hit.title()),
                            highlighter.snippet(article.text(), hit.body(), SNIPPET_LENGTH));
                })
                .toList();
    }

    /**
     * The ids of the articles {@link #search(String, String, Instant, Instant, int)} finds, best first, without
     * reading their texts: for answers that show no snippet.
     */
    public List<Long> rank(String query, String topic, Instant since, Instant until, int limit) {
        return rank(terms(query), topic, since, until, 0, limit, false).stream().map(Ranked::articleId).toList();
    }

    private Set<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        analyzer.tokens(query).forEach(token -> terms.add(token.term()));
        return terms;
    }

    /** One hit, best first: which of the query's terms its headline and body hold, and where (none unless asked for). */
    private record Ranked(long articleId, FieldMatches.Found title, FieldMatches.Found body) {
    }

    private List<Ranked> rank(Set<String> terms, String topic, Instant since, Instant until, int offset, int limit,
                              boolean withMatches) {
        if (terms.isEmpty() || limit <= 0 || offset < 0) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // No page shows how many hits there are, so none need counting: the collector may skip every document
                // that cannot reach the best offset + limit from the start, where the default counts the first 1,000.
                int wanted = offset + limit;
                ScoreDoc[] hits = searcher.search(query(terms, topic, since, until),
                        new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs;
                int[] docs = Arrays.stream(hits).skip(offset).mapToInt(hit -> hit.doc).toArray();
                IndexReader reader = searcher.getIndexReader();
                List<FieldMatches.Found> none = Collections.nCopies(docs.length, FieldMatches.Found.NONE);
                List<FieldMatches.Found> inTitle = withMatches ? FieldMatches.of(reader, "title", docs, terms) : none;
                List<FieldMatches.Found> inBody = withMatches ? FieldMatches.of(reader, "body", docs, terms) : none;
                StoredFields stored = searcher.storedFields();
                List<Ranked> ranked = new ArrayList<>(docs.length);
                for (int i = 0; i < docs.length; i++) {
                    long id = stored.document(docs[i]).getField("articleId").numericValue().longValue();
                    ranked.add(new Ranked(id, inTitle.get(i), inBody.get(i)));
                }
                return ranked;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the index", e);
        }
    }

    private static Query query(Set<String> terms, String topic, Instant since, Instant until) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            Query inTitle = new BoostQuery(new TermQuery(new Term("title", term)), TITLE_BOOST);
            Query inBody = new TermQuery(new Term("body", term));
            all.add(new BooleanQuery.Builder()
                    .add(inTitle, BooleanClause.Occur.SHOULD)
                    .add(inBody, BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.MUST);
        }
        if (topic != null) {
            all.add(new TermQuery(new Term("topic", topic)), BooleanClause.Occur.FILTER);
        }
        if (since != null || until != null) {
            long from = since == null ? Long.MIN_VALUE : since.toEpochMilli();
            long to = until == null ? Long.MAX_VALUE : until.toEpochMilli() - 1;
            all.add(LongPoint.newRangeQuery(PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    @Override
    public synchronized void close() {
        // Every write ran to its end before this (they hold the same lock), so nothing is left waiting.
        writes.shutdown();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the search index", e);
        }
    }
}
