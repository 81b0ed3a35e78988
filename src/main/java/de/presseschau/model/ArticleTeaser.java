package de.presseschau.model;

import java.time.Instant;

/** An article as a list shows it: headline, source, time and a plain-text teaser. */
public record ArticleTeaser(long id, long feedId, String title, String url, String topic,
                            Instant publishedAt, String summary, String feedTitle) {
}
