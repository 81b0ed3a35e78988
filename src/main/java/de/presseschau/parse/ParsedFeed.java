package de.presseschau.parse;

import java.time.Duration;
import java.util.List;

/**
 * A feed document as read: its title, site link and entries in document order; {@code ttl} is how long the feed
 * asks to be cached (RSS {@code <ttl>}), or null.
 */
public record ParsedFeed(String title, String link, List<ParsedEntry> entries, Duration ttl) {

    public ParsedFeed(String title, String link, List<ParsedEntry> entries) {
        this(title, link, entries, null);
    }
}
