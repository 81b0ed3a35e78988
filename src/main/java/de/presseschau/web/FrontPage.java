package de.presseschau.web;

import de.presseschau.model.TopicCount;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.FeedStore;
import io.javalin.http.Context;

import java.util.List;

/** The front page: every topic in feeds.txt order with its newest articles. */
public final class FrontPage {

    static final int ARTICLES_PER_TOPIC = 8;

    private final FeedStore feeds;
    private final ArticleStore articles;
    private final GermanTime time;
    private final Pages pages;

    FrontPage(FeedStore feeds, ArticleStore articles, GermanTime time, Pages pages) {
        this.feeds = feeds;
        this.articles = articles;
        this.time = time;
        this.pages = pages;
    }

    void show(Context ctx) {
        List<Section> sections = articles.countByTopic().stream().map(this::section).toList();
        boolean hasFeeds = !feeds.findAllWithCounts().isEmpty();
        pages.render(ctx, "front.jte", new Model(sections, hasFeeds));
    }

    private Section section(TopicCount topic) {
        List<TeaserView> newest = articles.findTeasers(topic.name(), ARTICLES_PER_TOPIC, 0).stream()
                .map(teaser -> TeaserView.of(teaser, time))
                .toList();
        return new Section(topic.name(), Links.topic(topic.name()), topic.articleCount(), newest);
    }

    public record Model(List<Section> sections, boolean hasFeeds) {
    }

    public record Section(String topic, String link, int articleCount, List<TeaserView> newest) {
    }
}
