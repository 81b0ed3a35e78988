package de.presseschau.refresh;

import de.presseschau.fetch.FetchRequest;
import de.presseschau.fetch.FetchResult;
import de.presseschau.fetch.Fetcher;
import de.presseschau.model.Feed;
import de.presseschau.parse.FeedParseException;
import de.presseschau.parse.FeedParser;
import de.presseschau.parse.ParsedEntry;
import de.presseschau.parse.ParsedFeed;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.FeedStore;
import de.presseschau.store.StoredEntry;

import java.time.Clock;
import java.util.List;

/** Refreshes one feed: conditional fetch, parse, store each entry, and record the outcome on the feed's row. */
final class FeedUpdater {

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final EntryPreparer preparer;
    private final FeedStore feeds;
    private final ArticleStore articles;
    private final Clock clock;
    private final ArticleSteps steps;

    FeedUpdater(Fetcher fetcher, FeedParser parser, EntryPreparer preparer, FeedStore feeds, ArticleStore articles, Clock clock,
                ArticleSteps steps) {
        this.steps = steps;
        this.fetcher = fetcher;
        this.parser = parser;
        this.preparer = preparer;
        this.feeds = feeds;
        this.articles = articles;
        this.clock = clock;
    }

    FeedOutcome update(Feed feed) {
        FetchResult result = fetcher.fetch(new FetchRequest(feed.url(), feed.etag(), feed.lastModified()));
        if (result instanceof FetchResult.NotModified notModified) {
            feeds.recordNotModified(feed.id(), notModified.etag(), notModified.lastModified(), clock.instant());
            return FeedOutcome.notModified(feed);
        }
        if (result instanceof FetchResult.Failed failed) {
            feeds.recordFailure(feed.id(), failed.reason(), clock.instant());
            return FeedOutcome.failed(feed, failed.reason());
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        ParsedFeed parsed;
        try {
            parsed = parser.parse(fetched.body(), fetched.charset(), fetched.url());
        } catch (FeedParseException e) {
            feeds.recordFailure(feed.id(), e.getMessage(), clock.instant());
            return FeedOutcome.failed(feed, e.getMessage());
        }
        int newArticles = store(feed, parsed.entries(), fetched.url());
        // Validators are saved only after every entry is stored: a crash before this point refetches the feed.
        feeds.recordFetched(feed.id(), parsed.title(), fetched.etag(), fetched.lastModified(), clock.instant());
        return FeedOutcome.fetched(feed, newArticles);
    }

    private int store(Feed feed, List<ParsedEntry> entries, String feedUrl) {
        int newArticles = 0;
        for (ParsedEntry entry : entries) {
            StoredEntry stored = articles.addEntry(preparer.prepare(feed.id(), entry, feedUrl), clock.instant());
            if (stored.isNewEntry()) {
                steps.entryStored(stored.articleId(), entry);
            }
            if (stored.isNewArticle()) {
                newArticles++;
            }
        }
        return newArticles;
    }
}
