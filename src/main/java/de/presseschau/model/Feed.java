package de.presseschau.model;

import java.time.Instant;

/**
 * A feed as stored: where it is, what it is called, the topic it belongs to and how its last fetch went.
 * {@code subscribed} is false once the feed left feeds.txt; its articles stay.
 */
public record Feed(long id, String url, String title, String topic, boolean subscribed,
                   FeedStatus status, String lastError, Instant lastFetchedAt,
                   String etag, String lastModified) {

    /** The name to show: the title from feeds.txt or the feed, else the URL. */
    public String displayTitle() {
        return title == null || title.isBlank() ? url : title;
    }
}
