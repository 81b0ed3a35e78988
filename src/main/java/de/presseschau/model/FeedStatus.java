package de.presseschau.model;

/** How a feed's last fetch went. */
public enum FeedStatus {
    PENDING, OK, ERROR;

    /** The lower-case name used in the database and the JSON API. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
