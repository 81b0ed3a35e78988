package de.presseschau.web;

import de.presseschau.model.ArticleTeaser;

/** One article in a list: linked headline, source, time and a short teaser. */
public record TeaserView(String link, String title, String source, GermanTime.Moment time, String teaser) {

    static final int TEASER_LENGTH = 200;

    static TeaserView of(ArticleTeaser teaser, GermanTime time) {
        return new TeaserView(Links.article(teaser.id()), teaser.title(), teaser.feedTitle(),
                time.moment(teaser.publishedAt()), shorten(teaser.summary(), TEASER_LENGTH));
    }

    /** Cuts at the last word boundary within {@code max} characters and marks the cut. */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= max) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = max;
        }
        return clean.substring(0, cut).stripTrailing() + " …";
    }
}
