package de.presseschau.web;

import de.presseschau.model.ReadingState;
import de.presseschau.store.ReadingStateStore;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;

/**
 * Gelesen / ungelesen / Merken for one article and "alles als gelesen markieren" for a topic: plain-HTML form posts
 * that return where they came from (303), and the same for one article as JSON.
 */
final class ReadingActions {

    /** The state changes one article knows, by the last segment of their path. */
    enum Change { READ, UNREAD, STAR, UNSTAR }

    private final ReadingStateStore states;
    private final Clock clock;

    ReadingActions(ReadingStateStore states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    void readForm(Context ctx) {
        changeForm(ctx, Change.READ);
    }

    void unreadForm(Context ctx) {
        changeForm(ctx, Change.UNREAD);
    }

    void starForm(Context ctx) {
        changeForm(ctx, Change.STAR);
    }

    void unstarForm(Context ctx) {
        changeForm(ctx, Change.UNSTAR);
    }

    void readJson(Context ctx) {
        changeJson(ctx, Change.READ);
    }

    void unreadJson(Context ctx) {
        changeJson(ctx, Change.UNREAD);
    }

    void starJson(Context ctx) {
        changeJson(ctx, Change.STAR);
    }

    void unstarJson(Context ctx) {
        changeJson(ctx, Change.UNSTAR);
    }

    /**
     * Marks what the topic page showed as read: the form carries the newest article id that existed when it was
     * shown ({@code bis}), so articles that arrived since stay unread.
     */
    void topicReadForm(Context ctx) {
        String topic = ctx.pathParam("name");
        String upTo = ctx.formParam("bis");
        long newestShown;
        try {
            newestShown = Long.parseLong(upTo == null ? "" : upTo.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("Es fehlt, bis zu welchem Artikel als gelesen markiert werden soll.");
        }
        states.markTopicRead(topic, newestShown, clock.instant());
        ctx.redirect(back(ctx, Links.topic(topic)), HttpStatus.SEE_OTHER);
    }

    private void changeForm(Context ctx, Change change) {
        long id = apply(ctx, change);
        ctx.redirect(back(ctx, Links.article(id)), HttpStatus.SEE_OTHER);
    }

    private void changeJson(Context ctx, Change change) {
        long id = apply(ctx, change);
        ReadingState state = states.find(id).orElseThrow();
        JsonApi.send(ctx, new StateJson(id, state.isRead(), state.isStarred()));
    }

    private long apply(Context ctx, Change change) {
        long id = ArticlePage.articleId(ctx.pathParam("id"));
        boolean found = switch (change) {
            case READ -> states.markRead(id, clock.instant());
            case UNREAD -> states.markUnread(id);
            case STAR -> states.star(id, clock.instant());
            case UNSTAR -> states.unstar(id);
        };
        if (!found) {
            throw new NotFoundResponse("Diesen Artikel gibt es nicht (mehr).");
        }
        return id;
    }

    /** Only a path on this reader is followed back, never another site ("//host" or a full URL). */
    static String back(Context ctx, String fallback) {
        String back = ctx.formParam("back");
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return fallback;
        }
        return back;
    }

    record StateJson(long id, boolean read, boolean starred) {
    }
}
