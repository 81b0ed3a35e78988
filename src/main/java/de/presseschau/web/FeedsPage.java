package de.presseschau.web;

import de.presseschau.model.Feed;
import de.presseschau.model.FeedHealth;
import de.presseschau.model.FeedSummary;
import de.presseschau.store.FeedStore;
import de.presseschau.store.ReadingStateStore;
import de.presseschau.subscribe.FeedListProblem;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Every feed with how its last fetch went, broken ones impossible to miss. */
public final class FeedsPage {

    private final FeedStore feeds;
    private final Supplier<List<FeedListProblem>> listProblems;
    private final GermanTime time;
    private final Pages pages;
    private final ReadingStateStore states;

    FeedsPage(FeedStore feeds, Supplier<List<FeedListProblem>> listProblems, GermanTime time, Pages pages,
              ReadingStateStore states) {
        this.states = states;
        this.feeds = feeds;
        this.listProblems = listProblems;
        this.time = time;
        this.pages = pages;
    }

    void show(Context ctx) {
        Map<Long, Integer> unread = states.countUnreadByFeed();
        List<Row> rows = feeds.findAllWithCounts().stream()
                .map(summary -> row(summary, unread.getOrDefault(summary.feed().id(), 0))).toList();
        long broken = rows.stream().filter(Row::isBroken).count();
        pages.render(ctx, "feeds.jte", new Model(rows, (int) broken, listProblems.get(),
                notice(ctx.queryParam(RefreshActions.NOTICE))));
    }

    /** The row of one feed as /feeds shows it, for its diagnostics page. */
    java.util.Optional<Row> row(long feedId) {
        return feeds.findAllWithCounts().stream().filter(summary -> summary.feed().id() == feedId).findFirst()
                .map(summary -> row(summary, states.countUnreadByFeed().getOrDefault(feedId, 0)));
    }

    static String notice(String code) {
        if ("ok".equals(code)) {
            return "Wird gleich abgerufen.";
        }
        return "warten".equals(code) ? "Gerade erst angefordert – bitte eine Minute warten." : null;
    }

    private Row row(FeedSummary summary, int unreadCount) {
        Feed feed = summary.feed();
        String status = switch (feed.status()) {
            case OK -> "ok";
            case ERROR -> "Fehler";
            case PENDING -> "noch nicht abgerufen";
        };
        FeedHealth health = feed.health();
        if (health.isGone()) {
            status = "entfernt";
        } else if (health.isRepeatedlyNotFound()) {
            status = "nicht gefunden";
        }
        return new Row(feed.id(), feed.displayTitle(), feed.url(), Links.external(feed.url()), feed.topic(),
                feed.status().code(), status, feed.lastError(),
                time.moment(feed.lastFetchedAt()), summary.articleCount(), feed.subscribed(),
                FeedNotes.problem(health), FeedNotes.address(feed), time.moment(health.failingSince()),
                health.errorCount(), time.moment(health.nextCheckAt()), unreadCount);
    }

    /** {@code notice} answers a "refresh now" just made, or is null. */
    public record Model(List<Row> feeds, int brokenCount, List<FeedListProblem> listProblems, String notice) {
    }

    /**
     * {@code statusCode} names the CSS class, {@code status} is what the reader sees; {@code problem} explains a
     * lasting failure (410, repeated 404) and {@code addressNote} a moved or discovered feed, or they are null.
     */
    public record Row(long id, String title, String url, String urlLink, String topic, String statusCode,
                      String status, String lastError, GermanTime.Moment lastFetched, int articleCount,
                      boolean subscribed, String problem, String addressNote, GermanTime.Moment failingSince,
                      int errorCount, GermanTime.Moment nextCheck, int unreadCount) {

        public boolean isBroken() {
            return "error".equals(statusCode);
        }
    }
}
