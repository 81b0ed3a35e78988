package de.presseschau.refresh;

import java.time.Duration;
import java.util.List;

/** What one refresh run did, feed by feed, and how the article pages went. */
public record RefreshReport(List<FeedOutcome> feeds, int extracted, int fromFeed, int failedArticles, Duration took) {

    public int newArticles() {
        return feeds.stream().mapToInt(FeedOutcome::newArticles).sum();
    }

    public List<FeedOutcome> failures() {
        return feeds.stream().filter(FeedOutcome::isFailed).toList();
    }

    public int feedsOk() {
        return feeds.size() - failures().size();
    }
}
