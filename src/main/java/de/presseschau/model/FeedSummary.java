package de.presseschau.model;

/**
 * A feed with the number of articles it brought and of entries it listed (several entries of one feed
 * may point at the same article).
 */
public record FeedSummary(Feed feed, int articleCount, int entryCount) {
}
