package de.presseschau.refresh;

import de.presseschau.extract.FeedDiscovery;
import de.presseschau.fetch.FetchRequest;
import de.presseschau.fetch.FetchResult;
import de.presseschau.fetch.Fetcher;
import de.presseschau.model.Feed;
import de.presseschau.model.UrlOrigin;
import de.presseschau.parse.FeedParseException;
import de.presseschau.parse.FeedParser;
import de.presseschau.parse.ParsedEntry;
import de.presseschau.parse.ParsedFeed;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.FeedStore;
import de.presseschau.store.NewEntry;
import de.presseschau.store.StoredEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Refreshes one feed: conditional fetch, parse (or find the feed a web page names), store each entry, and record
 * the outcome and the next check on the feed's row.
 */
final class FeedUpdater {

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final FeedDiscovery discovery;
    private final EntryPreparer preparer;
    private final SchedulePolicy schedule;
    private final FeedStore feeds;
    private final ArticleStore articles;
    private final Clock clock;
    private final ArticleSteps steps;

    FeedUpdater(Fetcher fetcher, FeedParser parser, FeedDiscovery discovery, EntryPreparer preparer,
                SchedulePolicy schedule, FeedStore feeds, ArticleStore articles, Clock clock, ArticleSteps steps) {
        this.steps = steps;
        this.fetcher = fetcher;
        this.parser = parser;
        this.discovery = discovery;
        this.preparer = preparer;
        this.schedule = schedule;
        this.feeds = feeds;
        this.articles = articles;
        this.clock = clock;
    }

    /** A parsed feed and where it was found, when that is news for the feed's row. */
    private record Found(ParsedFeed parsed, FetchResult.Fetched fetched, String newFetchUrl, UrlOrigin origin) {
    }

    /**
     * Fetches, parses and prepares on the calling thread; {@code writer} stores the outcome. {@code requestsDone} runs
     * once the feed's requests are over, before its writes wait for the writer.
     */
    FeedOutcome update(Feed feed, BatchWriter writer, Runnable requestsDone) {
        FetchResult result = fetcher.fetch(new FetchRequest(feed.urlToFetch(), feed.etag(), feed.lastModified()));
        if (!(result instanceof FetchResult.Fetched)) {
            requestsDone.run();
        }
        if (result instanceof FetchResult.NotModified notModified) {
            Instant now = clock.instant();
            Schedule next = schedule.afterNotModified(feed, notModified.freshUntil(), now);
            writer.call(() -> {
                feeds.recordNotModified(feed.id(), notModified.etag(), notModified.lastModified(), now, next.next(),
                        next.interval());
                return null;
            });
            return FeedOutcome.notModified(feed);
        }
        if (result instanceof FetchResult.Failed failed) {
            return fail(feed, failed.kind().code(), failed.status(), failed.reason(), failed.retryAt(), writer);
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        Found found;
        try {
            // Parsing may lead to a web page's feed, fetched in turn.
            found = parseOrDiscover(feed, fetched);
        } catch (FeedParseException e) {
            requestsDone.run();
            return fail(feed, "parse", 0, e.getMessage(), null, writer);
        } catch (DiscoveryFailed e) {
            requestsDone.run();
            return fail(feed, e.kind, e.status, e.getMessage(), e.retryAt, writer);
        }
        requestsDone.run();
        ParsedFeed parsed = found.parsed();
        List<NewEntry> prepared = parsed.entries().stream()
                .map(entry -> preparer.prepare(feed.id(), entry, found.fetched().url())).toList();
        Instant now = clock.instant();
        Schedule next = schedule.afterFetched(parsed.entries().stream().map(ParsedEntry::publishedAt).toList(),
                parsed.ttl(), found.fetched().freshUntil(), now);
        // The entries and the validators in one transaction: a crash keeps both or neither (then the feed is fetched again).
        List<StoredEntry> stored = writer.call(() -> {
            List<StoredEntry> entries = articles.addEntries(prepared, now);
            if (found.newFetchUrl() != null) {
                feeds.recordFetchUrl(feed.id(), found.newFetchUrl(), found.origin());
            }
            feeds.recordFetched(feed.id(), parsed.title(), found.fetched().etag(), found.fetched().lastModified(), now,
                    next.next(), next.interval());
            return entries;
        });
        byte[] body = found.fetched().body();
        return FeedOutcome.fetched(feed, afterStored(parsed.entries(), stored), found.fetched().status(), body.length,
                parser.encoding(body, found.fetched().charset()));
    }

    private Found parseOrDiscover(Feed feed, FetchResult.Fetched fetched) throws FeedParseException, DiscoveryFailed {
        String moved = fetched.movedTo() != null && !fetched.movedTo().equals(feed.urlToFetch()) ? fetched.movedTo() : null;
        try {
            return new Found(parser.parse(fetched.body(), fetched.charset(), fetched.url()), fetched, moved, UrlOrigin.MOVED);
        } catch (FeedParseException e) {
            if (!discovery.isHtml(fetched.body(), fetched.contentType())) {
                throw e;
            }
        }
        Optional<String> named = discovery.find(fetched.body(), fetched.charset(), fetched.url());
        if (named.isEmpty() || named.get().equals(fetched.url())) {
            throw new DiscoveryFailed("no_feed", 0, null,
                    "Keine Feed-Datei: eine Webseite, die auf keinen RSS- oder Atom-Feed verweist");
        }
        FetchResult second = fetcher.fetch(FetchRequest.of(named.get()));
        if (second instanceof FetchResult.Failed failed) {
            throw new DiscoveryFailed(failed.kind().code(), failed.status(), failed.retryAt(),
                    "Auf der Webseite gefundener Feed " + named.get() + " nicht abrufbar: " + failed.reason());
        }
        if (!(second instanceof FetchResult.Fetched feedResponse)) {
            throw new DiscoveryFailed("no_feed", 0, null, "Gefundener Feed " + named.get() + " ohne Inhalt");
        }
        try {
            ParsedFeed parsed = parser.parse(feedResponse.body(), feedResponse.charset(), feedResponse.url());
            return new Found(parsed, feedResponse, feedResponse.url(), UrlOrigin.DISCOVERED);
        } catch (FeedParseException e) {
            throw new DiscoveryFailed("parse", 0, null, "Auf der Webseite gefundener Feed " + named.get()
                    + " nicht lesbar: " + e.getMessage());
        }
    }

    /** Records a failure of the given kind on the feed's row and schedules the next try. */
    FeedOutcome fail(Feed feed, String kind, int status, String reason, Instant retryAt, BatchWriter writer) {
        Instant now = clock.instant();
        Schedule next = schedule.afterFailure(feed, status, retryAt, now);
        writer.call(() -> {
            feeds.recordFailure(feed.id(), kind, status, reason, now, next.next());
            return null;
        });
        return FeedOutcome.failed(feed, reason, status);
    }

    /** Shows the committed new entries to the steps; returns the number of new articles. */
    private int afterStored(List<ParsedEntry> entries, List<StoredEntry> stored) {
        int newArticles = 0;
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).isNewEntry()) {
                steps.entryStored(stored.get(i).articleId(), entries.get(i));
            }
            if (stored.get(i).isNewArticle()) {
                newArticles++;
            }
        }
        return newArticles;
    }

    /** A web page was fetched instead of a feed, and no usable feed could be found through it. */
    private static final class DiscoveryFailed extends Exception {
        private final String kind;
        private final int status;
        private final Instant retryAt;

        DiscoveryFailed(String kind, int status, Instant retryAt, String message) {
            super(message);
            this.kind = kind;
            this.status = status;
            this.retryAt = retryAt;
        }
    }
}
