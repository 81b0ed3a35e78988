package de.presseschau.fetch;

/** Fetches feeds and article pages over HTTP(S): conditional GET, gzip, redirects, timeouts, size limit. */
public final class Fetcher {

    private final HttpSettings settings;

    public Fetcher(HttpSettings settings) {
        this.settings = settings;
    }

    /** Fetches one URL. Never throws for network or HTTP trouble: that is a {@link FetchResult.Failed}. */
    public FetchResult fetch(FetchRequest request) {
        throw new UnsupportedOperationException("not yet");
    }
}
