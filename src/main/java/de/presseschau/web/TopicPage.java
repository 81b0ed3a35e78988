package de.presseschau.web;

import de.presseschau.model.TopicCount;
import de.presseschau.store.ArticleStore;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.util.List;

/** One topic's articles, newest first, a page at a time. */
public final class TopicPage {

    static final int PAGE_SIZE = 30;

    private final ArticleStore articles;
    private final GermanTime time;
    private final Pages pages;

    TopicPage(ArticleStore articles, GermanTime time, Pages pages) {
        this.articles = articles;
        this.time = time;
        this.pages = pages;
    }

    void show(Context ctx) {
        String name = ctx.pathParam("name");
        TopicCount topic = articles.countByTopic().stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFoundResponse("Das Thema „" + name + "“ gibt es nicht."));
        int pageCount = Math.max(1, (topic.articleCount() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = QueryParams.intAtLeast(ctx, "seite", 1, 1);
        if (page > pageCount) {
            throw new NotFoundResponse("Das Thema „" + name + "“ hat nur " + pageCount
                    + (pageCount == 1 ? " Seite." : " Seiten."));
        }
        List<TeaserView> teasers = articles.findTeasers(name, PAGE_SIZE, (page - 1) * PAGE_SIZE).stream()
                .map(teaser -> TeaserView.of(teaser, time))
                .toList();
        String previous = page > 1 ? Links.topicPage(name, page - 1) : null;
        String next = page < pageCount ? Links.topicPage(name, page + 1) : null;
        pages.render(ctx, "topic.jte",
                new Model(name, topic.articleCount(), teasers, page, pageCount, previous, next));
    }

    public record Model(String topic, int articleCount, List<TeaserView> teasers, int page, int pageCount,
                        String previousLink, String nextLink) {
    }
}
