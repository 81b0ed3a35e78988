package de.presseschau.model;

import java.util.Locale;

/** Why a feed is fetched from another URL than the one in feeds.txt. */
public enum UrlOrigin {
    /** The server answered with a permanent redirect (301/308). */
    MOVED,
    /** The URL in feeds.txt is a web page that names its feed. */
    DISCOVERED;

    /** The lower-case name used in the database and the JSON API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The origin for a stored code, or null. */
    public static UrlOrigin fromCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
