package de.presseschau.web;

import de.presseschau.model.TopicCount;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.ReadingStateStore;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.util.List;

/**
 * One topic's articles (all, or only the unread ones), newest first, a page at a time, with "alles gelesen"; the
 * articles of one story on a page are one item.
 */
public final class TopicPage {

    static final int PAGE_SIZE = 30;

    /** The query parameter of the "nur ungelesene" filter. */
    static final String UNREAD_ONLY = "ungelesen";

    private final ArticleStore articles;
    private final ReadingStateStore states;
    private final Pages pages;
    private final StoryLists stories;

    TopicPage(ArticleStore articles, ReadingStateStore states, Pages pages, StoryLists stories) {
        this.stories = stories;
        this.articles = articles;
        this.states = states;
        this.pages = pages;
    }

    /** The page a request asks for, checked before anything is read: which topic, which page, all or unread. */
    record Request(String name, int page, boolean isUnreadOnly) {

        static Request of(Context ctx) {
            return new Request(ctx.pathParam("name"), QueryParams.intAtLeast(ctx, "seite", 1, 1),
                    ctx.queryParam(UNREAD_ONLY) != null);
        }

        /** Names the page among all pages the cache keeps. */
        String key() {
            return "topic\n" + name + "\n" + page + (isUnreadOnly ? "\nungelesen" : "");
        }
    }

    String html(Request request) {
        String name = request.name();
        TopicCount topic = articles.countByTopic().stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFoundResponse("Das Thema „" + name + "“ gibt es nicht."));
        boolean unreadOnly = request.isUnreadOnly();
        int unread = states.countUnreadByTopic().getOrDefault(name, 0);
        // Read before the list, so "alles gelesen" never covers an article stored after the list was read.
        long newestId = states.newestIdInTopic(name);
        int shownCount = unreadOnly ? unread : topic.articleCount();
        int pageCount = Math.max(1, (shownCount + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = request.page();
        if (page > pageCount) {
            throw new NotFoundResponse("Das Thema „" + name + "“ hat nur " + pageCount
                    + (pageCount == 1 ? " Seite." : " Seiten."));
        }
        int offset = (page - 1) * PAGE_SIZE;
        var found = unreadOnly ? states.findUnreadTeasers(name, PAGE_SIZE, offset)
                : articles.findTeasers(name, PAGE_SIZE, offset);
        List<StoryItem> teasers = stories.fold(found);
        String previous = page > 1 ? pageLink(name, page - 1, unreadOnly) : null;
        String next = page < pageCount ? pageLink(name, page + 1, unreadOnly) : null;
        String here = pageLink(name, page, unreadOnly);
        return pages.html("topic.jte", new Model(name, topic.articleCount(), teasers, page, pageCount, previous, next,
                unread, unreadOnly, unreadOnly ? Links.topic(name) : Links.topic(name) + "?" + UNREAD_ONLY,
                Links.topic(name) + "/read", newestId, here));
    }

    private static String pageLink(String name, int page, boolean unreadOnly) {
        String link = Links.topicPage(name, page);
        return unreadOnly ? link + (link.contains("?") ? "&" : "?") + UNREAD_ONLY : link;
    }

    /**
     * {@code filterLink} switches between all and only unread articles; {@code markReadAction} is where "alles als
     * gelesen markieren" posts, with {@code newestId}, the newest article of the topic when the page was made.
     */
    public record Model(String topic, int articleCount, List<StoryItem> teasers, int page, int pageCount,
                        String previousLink, String nextLink, int unreadCount, boolean isUnreadOnly,
                        String filterLink, String markReadAction, long newestId, String here) {
    }
}
