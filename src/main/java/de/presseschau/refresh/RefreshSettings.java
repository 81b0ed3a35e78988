package de.presseschau.refresh;

/**
 * How many feeds and article pages are fetched at once, in all and from any one host (feeds and pages run
 * one after the other, so neither bound ever adds to the other).
 */
public record RefreshSettings(int feedConcurrency, int pageConcurrency, int perHost) {

    /** At most two requests at once to one host unless told otherwise. */
    public static final int DEFAULT_PER_HOST = 2;

    public RefreshSettings(int feedConcurrency, int pageConcurrency) {
        this(feedConcurrency, pageConcurrency, DEFAULT_PER_HOST);
    }

    public static RefreshSettings defaults() {
        return new RefreshSettings(8, 8, DEFAULT_PER_HOST);
    }
}
