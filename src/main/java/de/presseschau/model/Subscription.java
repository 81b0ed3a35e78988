package de.presseschau.model;

/** One feed line of feeds.txt: the feed's URL, an optional display title, and the topic heading it stands under. */
public record Subscription(String url, String title, String topic, int line) {
}
