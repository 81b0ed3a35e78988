package de.presseschau.store;

import de.presseschau.model.Feed;
import de.presseschau.model.FeedHealth;
import de.presseschau.model.FeedStatus;
import de.presseschau.model.FeedSummary;
import de.presseschau.model.Subscription;
import de.presseschau.model.UrlOrigin;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The feed table: subscriptions synced from feeds.txt and each feed's fetch state. */
public final class FeedStore {

    private static final String COLUMNS = "f.id, f.url, COALESCE(f.list_title, f.feed_title) AS title, f.topic, "
            + "f.subscribed, f.status, f.last_error, f.last_fetched_at, f.etag, f.last_modified, f.fetch_url, "
            + "f.fetch_url_origin, f.next_check_at, f.check_interval_seconds, f.failing_since, f.error_count, "
            + "f.error_kind, f.last_status";

    private static final RowMapper<Feed> FEED = (rs, ctx) -> new Feed(
            rs.getLong("id"), rs.getString("url"), rs.getString("title"), rs.getString("topic"),
            rs.getBoolean("subscribed"),
            FeedStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
            rs.getString("last_error"), Timestamps.read(rs, "last_fetched_at"),
            rs.getString("etag"), rs.getString("last_modified"),
            rs.getString("fetch_url"), UrlOrigin.fromCode(rs.getString("fetch_url_origin")),
            new FeedHealth(Timestamps.read(rs, "next_check_at"), seconds(rs.getObject("check_interval_seconds", Long.class)),
                    Timestamps.read(rs, "failing_since"), rs.getInt("error_count"), rs.getString("error_kind"),
                    rs.getInt("last_status")));

    private final Jdbi jdbi;

    public FeedStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /**
     * Makes the table match feeds.txt: new URLs are added, known ones take the list's title, topic and
     * position, and feeds no longer listed are kept but marked unsubscribed. Returns the subscribed feeds.
     */
    public List<Feed> sync(List<Subscription> subscriptions, Instant now) {
        jdbi.useTransaction(h -> {
            ArticleCounts counts = ArticleCounts.before(h, articlesChangingTopic(h, subscriptions));
            h.execute("UPDATE feed SET subscribed = FALSE");
            int position = 0;
            for (Subscription s : subscriptions) {
                h.createUpdate("MERGE INTO feed f USING (VALUES (CAST(:url AS VARCHAR(4096)))) AS s(url) ON f.url = s.url "
                                + "WHEN MATCHED THEN UPDATE SET list_title = :title, topic = :topic, position = :position, subscribed = TRUE, "
                                + "allows_private = :allowsPrivate "
                                + "WHEN NOT MATCHED THEN INSERT (url, list_title, topic, position, subscribed, status, created_at, "
                                + "allows_private) VALUES (:url, :title, :topic, :position, TRUE, 'pending', :now, :allowsPrivate)")
                        .bind("url", s.url())
                        .bind("title", s.title())
                        .bind("topic", s.topic())
                        .bind("position", position++)
                        .bind("allowsPrivate", s.allowsPrivate())
                        .bind("now", Timestamps.bind(now))
                        .execute();
            }
            counts.after();
        });
        return findSubscribed();
    }

    /** The articles of known feeds that feeds.txt now lists under another topic: their topic counts move. */
    private static List<Long> articlesChangingTopic(Handle h, List<Subscription> subscriptions) {
        Map<String, String> topicOf = new HashMap<>();
        subscriptions.forEach(s -> topicOf.put(s.url(), s.topic()));
        List<Long> moving = new ArrayList<>();
        h.createQuery("SELECT id, url, topic FROM feed").map((rs, ctx) -> {
            String listed = topicOf.get(rs.getString("url"));
            if (listed != null && !listed.equals(rs.getString("topic"))) {
                moving.add(rs.getLong("id"));
            }
            return rs.getLong("id");
        }).list();
        return moving.isEmpty() ? List.of() : h.createQuery("SELECT DISTINCT article_id FROM entry WHERE feed_id IN (<feeds>)")
                .bindList("feeds", moving).mapTo(Long.class).list();
    }

    /** The feeds in feeds.txt, in its order. */
    public List<Feed> findSubscribed() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM feed f WHERE f.subscribed ORDER BY f.position")
                .map(FEED).list());
    }

    public Optional<Feed> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM feed f WHERE f.id = :id")
                .bind("id", id).map(FEED).findOne());
    }

    /** Every feed, subscribed ones first in feeds.txt order, with the number of articles and entries it brought. */
    public List<FeedSummary> findAllWithCounts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", "
                        + "(SELECT COUNT(DISTINCT e.article_id) FROM entry e WHERE e.feed_id = f.id) AS article_count, "
                        + "(SELECT COUNT(*) FROM entry e WHERE e.feed_id = f.id) AS entry_count "
                        + "FROM feed f ORDER BY f.subscribed DESC, f.position, f.id")
                .map((rs, ctx) -> new FeedSummary(FEED.map(rs, ctx), rs.getInt("article_count"), rs.getInt("entry_count")))
                .list());
    }

    /** A successful fetch: the feed's own title and the validators for the next conditional GET. */
    public void recordFetched(long id, String feedTitle, String etag, String lastModified, Instant at) {
        recordFetched(id, feedTitle, etag, lastModified, at, null, null);
    }

    /** A successful fetch, with when to check next and the interval that was chosen; any failure streak ends. */
    public void recordFetched(long id, String feedTitle, String etag, String lastModified, Instant at,
                              Instant nextCheckAt, Duration interval) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE feed SET status = 'ok', last_error = NULL, last_fetched_at = :at, "
                        + "feed_title = COALESCE(:feedTitle, feed_title), etag = :etag, last_modified = :lastModified, "
                        + HEALTHY + "WHERE id = :id")
                .bind("id", id).bind("feedTitle", feedTitle).bind("etag", etag)
                .bind("lastModified", lastModified).bind("at", Timestamps.bind(at))
                .bind("next", Timestamps.bind(nextCheckAt)).bind("interval", seconds(interval))
                .execute());
    }

    /** A 304: nothing new, the feed is fine. Validators are kept unless the server sent new ones. */
    public void recordNotModified(long id, String etag, String lastModified, Instant at) {
        recordNotModified(id, etag, lastModified, at, null, null);
    }

    /** A 304, with when to check next and the interval that was chosen; any failure streak ends. */
    public void recordNotModified(long id, String etag, String lastModified, Instant at,
                                  Instant nextCheckAt, Duration interval) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE feed SET status = 'ok', last_error = NULL, last_fetched_at = :at, "
                        + "etag = COALESCE(:etag, etag), last_modified = COALESCE(:lastModified, last_modified), "
                        + HEALTHY + "WHERE id = :id")
                .bind("id", id).bind("etag", etag).bind("lastModified", lastModified)
                .bind("at", Timestamps.bind(at))
                .bind("next", Timestamps.bind(nextCheckAt)).bind("interval", seconds(interval))
                .execute());
    }

    /** A failed fetch or parse; the message is shown to the user. */
    public void recordFailure(long id, String error, Instant at) {
        recordFailure(id, "internal", 0, error, at, null);
    }

    /**
     * A failed fetch or parse: the message is shown to the user, {@code kind} names the sort of failure and
     * {@code status} the HTTP status (0: none). The failure streak grows; the feed is tried again at {@code nextCheckAt}.
     */
    public void recordFailure(long id, String kind, int status, String error, Instant at, Instant nextCheckAt) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE feed SET status = 'error', last_error = :error, last_fetched_at = :at, "
                        + "error_kind = :kind, last_status = :status, error_count = error_count + 1, "
                        + "failing_since = COALESCE(failing_since, :at), next_check_at = :next "
                        + "WHERE id = :id")
                .bind("id", id).bind("error", Texts.clip(error, 4000)).bind("at", Timestamps.bind(at))
                .bind("kind", kind).bind("status", status).bind("next", Timestamps.bind(nextCheckAt))
                .execute());
    }

    /** From now on the feed is fetched from {@code fetchUrl}; the URL in feeds.txt stays the feed's name. */
    public void recordFetchUrl(long id, String fetchUrl, UrlOrigin origin) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE feed SET fetch_url = :fetchUrl, fetch_url_origin = :origin WHERE id = :id")
                .bind("id", id).bind("fetchUrl", fetchUrl).bind("origin", origin == null ? null : origin.code())
                .execute());
    }

    /** Subscribed feeds whose next check is due at {@code now} (never checked ones first), in feeds.txt order. */
    public List<Feed> findDue(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM feed f WHERE f.subscribed "
                        + "AND (f.next_check_at IS NULL OR f.next_check_at <= :now) ORDER BY f.position")
                .bind("now", Timestamps.bind(now)).map(FEED).list());
    }

    /** Makes one feed due at {@code now}; false when there is no such subscribed feed. */
    public boolean requestCheck(long id, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE feed SET next_check_at = :now WHERE id = :id AND subscribed")
                .bind("id", id).bind("now", Timestamps.bind(now)).execute()) > 0;
    }

    /** Makes every subscribed feed due at {@code now}. */
    public int requestCheckAll(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE feed SET next_check_at = :now WHERE subscribed")
                .bind("now", Timestamps.bind(now)).execute());
    }

    // A success ends a failure streak; the schedule columns keep their value when the caller chose none.
    private static final String HEALTHY = "error_count = 0, failing_since = NULL, error_kind = NULL, last_status = 0, "
            + "next_check_at = :next, check_interval_seconds = COALESCE(:interval, check_interval_seconds) ";

    private static Duration seconds(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }
}
