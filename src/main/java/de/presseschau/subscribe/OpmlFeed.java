package de.presseschau.subscribe;

/** One feed an OPML file lists: its address, its title (or null) and the category it stands under. */
public record OpmlFeed(String url, String title, String category) {
}
