package de.presseschau.fetch;

import java.time.Instant;

/** The outcome of one fetch: a body, "not modified", or a failure with a reason a person can read. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

    /**
     * A 2xx response. {@code url} is the final URL after redirects; {@code body} is decoded from gzip/deflate
     * but not from its charset; {@code contentType} is the raw header (may be null). {@code movedTo} is the final
     * URL when every redirect on the way was permanent (301/308), else null; {@code freshUntil} is how long the
     * server asks us not to ask again (Cache-Control max-age or Expires), or null.
     */
    record Fetched(String url, int status, byte[] body, String contentType,
                   String etag, String lastModified, String movedTo, Instant freshUntil) implements FetchResult {

        public Fetched(String url, int status, byte[] body, String contentType, String etag, String lastModified) {
            this(url, status, body, contentType, etag, lastModified, null, null);
        }

        /** The charset named in the Content-Type header, or null. */
        public String charset() {
            return ContentTypes.charset(contentType);
        }
    }

    /** 304: the resource is unchanged since the validators sent; {@code freshUntil} as for {@link Fetched}. */
    record NotModified(String etag, String lastModified, Instant freshUntil) implements FetchResult {

        public NotModified(String etag, String lastModified) {
            this(etag, lastModified, null);
        }
    }

    /**
     * Anything else: an HTTP error status (or 0 when there was no response), why, the kind of failure, and for
     * 429/503 the moment the server's Retry-After allows the next try (else null).
     */
    record Failed(int status, String reason, FailureKind kind, Instant retryAt) implements FetchResult {

        public Failed(int status, String reason) {
            this(status, reason, status > 0 ? FailureKind.HTTP_STATUS : FailureKind.NETWORK, null);
        }

        public Failed(String reason, FailureKind kind) {
            this(0, reason, kind, null);
        }
    }
}
