package de.presseschau.refresh;

/** Hears about a refresh as it goes, e.g. to show progress on the console. */
public interface RefreshListener {

    RefreshListener NONE = new RefreshListener() {
    };

    default void feedDone(FeedOutcome outcome, int done, int total) {
    }

    default void articlesDone(int done, int total) {
    }
}
