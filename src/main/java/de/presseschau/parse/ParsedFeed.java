package de.presseschau.parse;

import java.util.List;

/** A feed document as read: its title, site link, entries in document order and its description (plain text or null). */
public record ParsedFeed(String title, String link, List<ParsedEntry> entries, String subtitle) {
}
