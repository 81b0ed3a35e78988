package de.presseschau.parse;

/** Reads RSS 0.9x/1.0/2.0 and Atom with ROME into {@link ParsedFeed}, getting German text right whatever the bytes declare. */
public final class FeedParser {

    /**
     * @param body        the raw bytes of the response
     * @param httpCharset the charset of the Content-Type header, or null
     * @param baseUrl     the URL the feed was fetched from, to resolve relative links
     */
    public ParsedFeed parse(byte[] body, String httpCharset, String baseUrl) throws FeedParseException {
        throw new UnsupportedOperationException("not yet");
    }
}
