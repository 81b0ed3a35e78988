package de.presseschau.fetch;

import java.util.Locale;

/** The sort of a failed fetch, for programs: the reason text is for people. */
public enum FailureKind {
    INVALID_URL, DNS, CONNECTION_REFUSED, UNREACHABLE, TLS, CONNECT_TIMEOUT, TIMEOUT, TOO_LARGE,
    REDIRECT_LOOP, TOO_MANY_REDIRECTS, HTTP_STATUS, BAD_ENCODING, NETWORK, INTERRUPTED,
    /** The address is private, loopback or link-local, and the fetch may only reach public ones. */
    PRIVATE_ADDRESS;

    /** The lower-case name stored on the feed and shown in the JSON API, e.g. "connection_refused". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
