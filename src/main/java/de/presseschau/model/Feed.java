package de.presseschau.model;

import java.time.Instant;

/**
 * A feed as stored: where it is, what it is called, the topic it belongs to and how its last fetch went.
 * {@code subscribed} is false once the feed left feeds.txt; its articles stay. {@code fetchUrl} is where the
 * feed is really fetched from when that differs from the URL in feeds.txt (null otherwise), {@code fetchUrlOrigin}
 * says why; {@code health} holds its schedule and failures.
 */
public record Feed(long id, String url, String title, String topic, boolean subscribed,
                   FeedStatus status, String lastError, Instant lastFetchedAt,
                   String etag, String lastModified,
                   String fetchUrl, UrlOrigin fetchUrlOrigin, FeedHealth health) {

    /** The name to show: the title from feeds.txt or the feed, else the URL. */
    public String displayTitle() {
        return title == null || title.isBlank() ? url : title;
    }

    /** The URL to request: the moved or discovered one when there is one, else the one in feeds.txt. */
    public String urlToFetch() {
        return fetchUrl == null ? url : fetchUrl;
    }
}
