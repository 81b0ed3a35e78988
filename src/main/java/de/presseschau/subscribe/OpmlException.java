package de.presseschau.subscribe;

/** An OPML file that cannot be read, with a German reason for the person who gave it. */
public final class OpmlException extends Exception {

    public OpmlException(String message) {
        super(message);
    }

    public OpmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
