package de.presseschau.web;

import de.presseschau.refresh.RefreshRequests;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.time.Clock;
import java.time.Duration;

/** "Jetzt abrufen" for one feed or all: plain-HTML form posts that return to /feeds, and the same as JSON. */
final class RefreshActions {

    /** The query parameter /feeds reads to say how a request went. */
    static final String NOTICE = "abruf";

    private final RefreshRequests requests;
    private final GermanTime time;
    private final Clock clock;

    RefreshActions(RefreshRequests requests, GermanTime time, Clock clock) {
        this.requests = requests;
        this.time = time;
        this.clock = clock;
    }

    void feedForm(Context ctx) {
        RefreshRequests.Outcome outcome = requests.requestFeed(feedId(ctx));
        if (outcome.result() == RefreshRequests.Result.UNKNOWN_FEED) {
            throw new NotFoundResponse("Diesen Feed gibt es nicht (oder er steht nicht mehr in feeds.txt).");
        }
        backToFeeds(ctx, outcome);
    }

    void allForm(Context ctx) {
        backToFeeds(ctx, requests.requestAll());
    }

    void feedJson(Context ctx) {
        answerJson(ctx, requests.requestFeed(feedId(ctx)));
    }

    void allJson(Context ctx) {
        answerJson(ctx, requests.requestAll());
    }

    private static void backToFeeds(Context ctx, RefreshRequests.Outcome outcome) {
        String notice = outcome.result() == RefreshRequests.Result.QUEUED ? "ok" : "warten";
        // A feed's diagnostics page sends itself as "back"; the list is the default.
        String back = ReadingActions.back(ctx, "/feeds");
        ctx.redirect(back + (back.contains("?") ? "&" : "?") + NOTICE + "=" + notice, HttpStatus.SEE_OTHER);
    }

    private void answerJson(Context ctx, RefreshRequests.Outcome outcome) {
        switch (outcome.result()) {
            case QUEUED -> JsonApi.send(ctx.status(HttpStatus.ACCEPTED), new RequestJson("queued", null));
            case COOLING_DOWN -> {
                long seconds = Math.max(1, Duration.between(clock.instant(), outcome.retryAt()).toSeconds());
                ctx.header("Retry-After", String.valueOf(seconds));
                JsonApi.send(ctx.status(HttpStatus.TOO_MANY_REQUESTS),
                        new RequestJson("cooldown", time.iso(outcome.retryAt())));
            }
            case UNKNOWN_FEED -> throw new NotFoundResponse("Feed " + ctx.pathParam("id") + " gibt es nicht.");
        }
    }

    private static long feedId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("Ungültige Feed-Nummer: " + ctx.pathParam("id"));
        }
    }

    /** {@code status} is "queued" or "cooldown"; {@code retryAt} says when another request is taken. */
    record RequestJson(String status, String retryAt) {
    }
}
