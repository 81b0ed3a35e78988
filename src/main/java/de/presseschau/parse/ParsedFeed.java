package de.presseschau.parse;

import java.util.List;

/** A feed document as read: its title, site link and entries in document order. */
public record ParsedFeed(String title, String link, List<ParsedEntry> entries) {
}
