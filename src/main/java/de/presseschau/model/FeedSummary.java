package de.presseschau.model;

/** A feed with the number of articles it brought. */
public record FeedSummary(Feed feed, int articleCount) {
}
