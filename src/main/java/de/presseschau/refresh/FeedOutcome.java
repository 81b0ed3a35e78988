package de.presseschau.refresh;

import de.presseschau.model.Feed;

/** How refreshing one feed went: fetched with new articles, unchanged, or failed with a reason. */
public record FeedOutcome(Feed feed, Kind kind, int newArticles, String error) {

    public enum Kind { FETCHED, NOT_MODIFIED, FAILED }

    static FeedOutcome fetched(Feed feed, int newArticles) {
        return new FeedOutcome(feed, Kind.FETCHED, newArticles, null);
    }

    static FeedOutcome notModified(Feed feed) {
        return new FeedOutcome(feed, Kind.NOT_MODIFIED, 0, null);
    }

    static FeedOutcome failed(Feed feed, String error) {
        return new FeedOutcome(feed, Kind.FAILED, 0, error);
    }

    public boolean isFailed() {
        return kind == Kind.FAILED;
    }
}
