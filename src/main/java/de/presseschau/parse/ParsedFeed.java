package de.presseschau.parse;

import java.time.Duration;
import java.util.List;

/**
 * A feed document as read: its title, site link, entries in document order, its description (plain text or null)
 * and {@code ttl}, how long the feed asks to be cached (RSS {@code <ttl>}), or null.
 */
public record ParsedFeed(String title, String link, List<ParsedEntry> entries, String subtitle, Duration ttl) {
}
