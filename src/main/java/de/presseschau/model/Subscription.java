package de.presseschau.model;

/**
 * One feed line of feeds.txt: the feed's URL, an optional display title, the topic heading it stands under, and
 * whether the owner allowed its article pages to be on the local network ({@code +lokal}).
 */
public record Subscription(String url, String title, String topic, int line, boolean allowsPrivate) {

    /** A feed whose article pages must be on the public internet (unless {@code --allow-private} says otherwise). */
    public Subscription(String url, String title, String topic, int line) {
        this(url, title, topic, line, false);
    }
}
