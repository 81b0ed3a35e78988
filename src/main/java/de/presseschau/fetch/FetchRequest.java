package de.presseschau.fetch;

/** What to fetch, with the validators of the last response for a conditional GET (either may be null). */
public record FetchRequest(String url, String etag, String lastModified) {

    /** An unconditional request. */
    public static FetchRequest of(String url) {
        return new FetchRequest(url, null, null);
    }
}
