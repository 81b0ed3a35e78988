package de.presseschau.web;

import de.presseschau.store.ReadingStateStore;
import io.javalin.http.Context;

import java.util.List;

/** The Merkliste: the starred articles, the most recently starred first. */
public final class StarredPage {

    /** Kept to one page: a Merkliste is a handful of articles to come back to, not an archive. */
    static final int LIMIT = 500;

    private final ReadingStateStore states;
    private final GermanTime time;
    private final Pages pages;

    StarredPage(ReadingStateStore states, GermanTime time, Pages pages) {
        this.states = states;
        this.time = time;
        this.pages = pages;
    }

    void show(Context ctx) {
        var starred = states.findStarred(LIMIT, 0);
        pages.render(ctx, "starred.jte",
                new Model(TeaserView.of(starred, states.findAll(starred.stream().map(t -> t.id()).toList()), time)));
    }

    public record Model(List<TeaserView> teasers) {
    }
}
