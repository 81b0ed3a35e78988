package de.presseschau.store;

import de.presseschau.model.FetchLogEntry;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.List;

/** The fetch_log table: the last fetches of each feed, bounded per feed. */
public final class FetchLogStore {

    /** Fetches kept per feed: enough to see a pattern, few enough that the table stays small for ever. */
    public static final int KEPT_PER_FEED = 20;

    private final Jdbi jdbi;

    public FetchLogStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Adds one fetch and drops the feed's fetches beyond the newest {@link #KEPT_PER_FEED}. */
    public void add(FetchLogEntry entry) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO fetch_log (feed_id, fetched_at, outcome, http_status, bytes, duration_ms, "
                            + "encoding, new_articles, error) VALUES (:feedId, :fetchedAt, :outcome, :httpStatus, :bytes, "
                            + ":durationMs, :encoding, :newArticles, :error)")
                    .bind("feedId", entry.feedId())
                    .bind("fetchedAt", Timestamps.bind(entry.fetchedAt()))
                    .bind("outcome", entry.outcome())
                    .bind("httpStatus", entry.httpStatus())
                    .bind("bytes", entry.bytes())
                    .bind("durationMs", entry.took().toMillis())
                    .bind("encoding", entry.encoding())
                    .bind("newArticles", entry.newArticles())
                    .bind("error", Texts.clip(entry.error(), 4096))
                    .execute();
            h.createUpdate("DELETE FROM fetch_log WHERE feed_id = :feedId AND id NOT IN "
                            + "(SELECT id FROM fetch_log WHERE feed_id = :feedId ORDER BY id DESC LIMIT :kept)")
                    .bind("feedId", entry.feedId())
                    .bind("kept", KEPT_PER_FEED)
                    .execute();
        });
    }

    /** The feed's kept fetches, newest first. */
    public List<FetchLogEntry> findRecent(long feedId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM fetch_log WHERE feed_id = :feedId ORDER BY id DESC")
                .bind("feedId", feedId)
                .map((rs, ctx) -> new FetchLogEntry(rs.getLong("feed_id"), Timestamps.read(rs, "fetched_at"),
                        rs.getString("outcome"), rs.getInt("http_status"), rs.getLong("bytes"),
                        Duration.ofMillis(rs.getLong("duration_ms")), rs.getString("encoding"),
                        rs.getInt("new_articles"), rs.getString("error")))
                .list());
    }
}
