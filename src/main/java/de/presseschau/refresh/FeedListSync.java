package de.presseschau.refresh;

import de.presseschau.model.Feed;
import de.presseschau.subscribe.FeedList;
import de.presseschau.subscribe.FeedListFile;
import de.presseschau.subscribe.FeedListProblem;
import de.presseschau.store.FeedStore;

import java.time.Clock;
import java.util.List;

/** Brings the feed table in line with feeds.txt and reports the lines it had to skip. */
public final class FeedListSync {

    private final FeedListFile file;
    private final FeedStore feeds;
    private final Clock clock;
    private volatile List<FeedListProblem> problems = List.of();

    public FeedListSync(FeedListFile file, FeedStore feeds, Clock clock) {
        this.file = file;
        this.feeds = feeds;
        this.clock = clock;
    }

    /** Reads the file and syncs; returns the list as read, so callers can show its problems. */
    public FeedList sync() {
        FeedList list = file.read();
        problems = list.problems();
        feeds.sync(list.subscriptions(), clock.instant());
        return list;
    }

    /** The lines the last read of feeds.txt skipped, for the user to see. */
    public List<FeedListProblem> problems() {
        return problems;
    }

    public boolean hasFileChanged() {
        return file.hasChanged();
    }

    public List<Feed> subscribed() {
        return feeds.findSubscribed();
    }
}
