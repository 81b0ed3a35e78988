package de.presseschau.refresh;

/**
 * How many feeds and how many article pages are fetched at once, how many requests go to any one host at once (feeds
 * and pages together), how many article pages one run handles, and how many of those it reads from the database at a
 * time. Pages start while feeds are still fetched, so feeds and pages share one bound in all: the larger of the two
 * ({@link #totalConcurrency}); while both have work, they take turns for free slots.
 */
public record RefreshSettings(int feedConcurrency, int pageConcurrency, int perHost, int maxPagesPerRun,
                              int pagesPerSlice) {

    /** At most two requests at once to one host unless told otherwise. */
    public static final int DEFAULT_PER_HOST = 2;

    /** Article pages handled per run; the rest wait for the next one, so a huge backlog cannot block a refresh forever. */
    public static final int DEFAULT_MAX_PAGES_PER_RUN = 5_000;

    /**
     * Waiting articles read from the database at once (the next read comes when half of them are started): large
     * enough that the workers seldom wait for a read, small enough that memory does not grow with the backlog.
     */
    public static final int DEFAULT_PAGES_PER_SLICE = 2_000;

    public RefreshSettings {
        if (maxPagesPerRun < 1) {
            throw new IllegalArgumentException("maxPagesPerRun must be positive: " + maxPagesPerRun);
        }
        if (pagesPerSlice < 1) {
            throw new IllegalArgumentException("pagesPerSlice must be positive: " + pagesPerSlice);
        }
    }

    public RefreshSettings(int feedConcurrency, int pageConcurrency, int perHost, int maxPagesPerRun) {
        this(feedConcurrency, pageConcurrency, perHost, maxPagesPerRun, DEFAULT_PAGES_PER_SLICE);
    }

    public RefreshSettings(int feedConcurrency, int pageConcurrency, int perHost) {
        this(feedConcurrency, pageConcurrency, perHost, DEFAULT_MAX_PAGES_PER_RUN);
    }

    public RefreshSettings(int feedConcurrency, int pageConcurrency) {
        this(feedConcurrency, pageConcurrency, DEFAULT_PER_HOST);
    }

    /** Requests at once in all, feeds and pages together: the larger bound, so either kind alone may use all of its own. */
    public int totalConcurrency() {
        return Math.max(1, Math.max(feedConcurrency, pageConcurrency));
    }

    public static RefreshSettings defaults() {
        return new RefreshSettings(8, 8, DEFAULT_PER_HOST);
    }
}
