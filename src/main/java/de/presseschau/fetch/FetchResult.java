package de.presseschau.fetch;

/** The outcome of one fetch: a body, "not modified", or a failure with a reason a person can read. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

    /**
     * A 2xx response. {@code url} is the final URL after redirects; {@code body} is decoded from gzip/deflate
     * but not from its charset; {@code contentType} is the raw header (may be null).
     */
    record Fetched(String url, int status, byte[] body, String contentType,
                   String etag, String lastModified) implements FetchResult {

        /** The charset named in the Content-Type header, or null. */
        public String charset() {
            return ContentTypes.charset(contentType);
        }
    }

    /** 304: the resource is unchanged since the validators sent. */
    record NotModified(String etag, String lastModified) implements FetchResult {
    }

    /** Anything else: an HTTP error status (or 0 when there was no response) and why. */
    record Failed(int status, String reason) implements FetchResult {
    }
}
