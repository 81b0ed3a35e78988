package de.presseschau.parse;

/** The bytes are not a feed we can read (HTML, malformed XML, empty ...). The message says why. */
public class FeedParseException extends Exception {

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
