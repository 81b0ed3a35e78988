package de.presseschau.store;

import de.presseschau.model.Feed;
import de.presseschau.model.FeedSummary;

import java.util.List;
import java.util.Optional;

/** The feed table: subscriptions synced from feeds.txt and each feed's fetch state. */
public final class FeedStore {

    public FeedStore(Database database) {
    }

    /** Every feed, subscribed ones first in feeds.txt order, with its article count. */
    public List<FeedSummary> findAllWithCounts() {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<Feed> findById(long id) {
        throw new UnsupportedOperationException("not yet");
    }
}
