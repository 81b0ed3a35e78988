package de.presseschau.web;

import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.ReadingState;

import java.util.List;
import java.util.Map;

/**
 * One article in a list: linked headline, source, time, a short teaser, whether it was read and starred, and where
 * its "Merken" button posts.
 */
public record TeaserView(String link, String title, String source, GermanTime.Moment time, String teaser,
                         boolean isRead, boolean isStarred, String starAction) {

    static final int TEASER_LENGTH = 200;

    static TeaserView of(ArticleTeaser teaser, ReadingState state, GermanTime time) {
        return new TeaserView(Links.article(teaser.id()), teaser.title(), teaser.feedTitle(),
                time.moment(teaser.publishedAt()), shorten(teaser.summary(), TEASER_LENGTH),
                state.isRead(), state.isStarred(),
                Links.article(teaser.id()) + (state.isStarred() ? "/unstar" : "/star"));
    }

    /** Each teaser with its reading state from {@code states} (unread when missing). */
    static List<TeaserView> of(List<ArticleTeaser> teasers, Map<Long, ReadingState> states, GermanTime time) {
        return teasers.stream()
                .map(teaser -> of(teaser, states.getOrDefault(teaser.id(), ReadingState.UNREAD), time))
                .toList();
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
