package de.presseschau.refresh;

/** Hears about a refresh as it goes, e.g. to show progress on the console. */
public interface RefreshListener {

    RefreshListener NONE = new RefreshListener() {
    };

    default void feedDone(FeedOutcome outcome, int done, int total) {
    }

    /**
     * An article page is done and stored; {@code total} is the pages this run has taken on so far, a running total
     * that grows while feeds bring articles (pages start before every feed is done), never above the run's limit.
     */
    default void articlesDone(int done, int total) {
    }
}
