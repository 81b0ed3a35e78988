package de.presseschau.web;

import de.presseschau.model.FetchLogEntry;
import de.presseschau.store.FetchLogStore;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.util.List;
import java.util.Locale;

/** One feed's diagnostics: its state as on /feeds, its last fetches from the fetch log, and "jetzt aktualisieren". */
public final class FeedPage {

    private final FeedsPage feedsPage;
    private final FetchLogStore fetchLog;
    private final GermanTime time;
    private final Pages pages;

    FeedPage(FeedsPage feedsPage, FetchLogStore fetchLog, GermanTime time, Pages pages) {
        this.feedsPage = feedsPage;
        this.fetchLog = fetchLog;
        this.time = time;
        this.pages = pages;
    }

    void show(Context ctx) {
        long id = feedId(ctx.pathParam("id"));
        FeedsPage.Row feed = feedsPage.row(id)
                .orElseThrow(() -> new NotFoundResponse("Diesen Feed gibt es nicht."));
        List<Fetch> fetches = fetchLog.findRecent(id).stream().map(this::fetch).toList();
        pages.render(ctx, "feed.jte", new Model(feed, fetches, FeedsPage.notice(ctx.queryParam(RefreshActions.NOTICE))));
    }

    private Fetch fetch(FetchLogEntry entry) {
        String outcome = switch (entry.outcome()) {
            case "fetched" -> "abgerufen";
            case "not_modified" -> "unverändert (304)";
            default -> "Fehler";
        };
        return new Fetch(time.moment(entry.fetchedAt()), outcome, entry.outcome().replace('_', '-'),
                entry.httpStatus() == 0 ? "–" : Integer.toString(entry.httpStatus()), bytes(entry.bytes()),
                entry.took().toMillis() + " ms", entry.encoding() == null ? "–" : entry.encoding(),
                entry.newArticles(), entry.error());
    }

    /** "12,3 kB" as Germans write it; bytes below a kilobyte as they are. */
    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        return String.format(Locale.GERMANY, bytes < 1_000_000 ? "%.1f kB" : "%.1f MB",
                bytes < 1_000_000 ? bytes / 1000.0 : bytes / 1_000_000.0);
    }

    private static long feedId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("Ungültige Feed-Nummer: " + raw);
        }
    }

    /** One line of the fetch log as shown; {@code outcomeCode} names its CSS class, {@code error} may be null. */
    public record Fetch(GermanTime.Moment time, String outcome, String outcomeCode, String httpStatus, String bytes,
                        String duration, String encoding, int newArticles, String error) {
    }

    /** {@code notice} answers a "refresh now" just made, or is null. */
    public record Model(FeedsPage.Row feed, List<Fetch> fetches, String notice) {
    }
}
