package de.presseschau.refresh;

import de.presseschau.model.Feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Decides when each feed is checked next: as often as it publishes (within floor and ceiling), never sooner than
 * the server asks (RSS ttl, Cache-Control max-age, Expires, Retry-After), and backing off exponentially, with
 * jitter, while it fails.
 */
final class SchedulePolicy {

    /** The newest entries whose dates tell a feed's rhythm. */
    private static final int RHYTHM_ENTRIES = 10;

    private final ScheduleSettings settings;
    private final RandomGenerator random;

    SchedulePolicy(ScheduleSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
    }

    /** After a 200: the interval follows the entries' dates; a server's wish for a longer pause wins. */
    Schedule afterFetched(List<Instant> entryDates, Duration ttl, Instant freshUntil, Instant now) {
        Duration interval = clamp(publishingInterval(entryDates, now));
        return new Schedule(now.plus(atLeastAsked(interval, ttl, freshUntil, now)), interval);
    }

    /** After a 304: nothing new, so the feed keeps the interval it has (or the default). */
    Schedule afterNotModified(Feed feed, Instant freshUntil, Instant now) {
        Duration known = feed.health().checkInterval();
        Duration interval = clamp(known != null ? known : settings.defaultInterval());
        return new Schedule(now.plus(atLeastAsked(interval, null, freshUntil, now)), interval);
    }

    /**
     * After a failure: floor x 2^(failures - 1), capped, with "equal jitter" (between half and all of it) so feeds
     * that failed together do not all come back together. A 410 waits the whole cap; Retry-After is honoured.
     */
    Schedule afterFailure(Feed feed, int status, Instant retryAt, Instant now) {
        int failures = feed.health().errorCount() + 1;
        Duration backoff = status == 410 ? settings.errorCap() : exponential(failures);
        long halfMillis = backoff.toMillis() / 2;
        Duration delay = Duration.ofMillis(halfMillis + (halfMillis > 0 ? random.nextLong(halfMillis + 1) : 0));
        Instant next = now.plus(delay);
        if (retryAt != null && retryAt.isAfter(next)) {
            // A server that names its own time is believed, within reason: at most a week.
            next = retryAt.isAfter(now.plus(Duration.ofDays(7))) ? now.plus(Duration.ofDays(7)) : retryAt;
        }
        return new Schedule(next, null);
    }

    /**
     * The mean time between the newest entries, counting the silence since the last one, so a feed that stopped
     * publishing slows down too. Null when fewer than two entries carry a date.
     */
    static Duration publishingInterval(List<Instant> entryDates, Instant now) {
        List<Instant> newest = entryDates.stream().filter(Objects::nonNull)
                .map(date -> date.isAfter(now) ? now : date)
                .sorted(Comparator.reverseOrder())
                .limit(RHYTHM_ENTRIES)
                .toList();
        if (newest.size() < 2) {
            return null;
        }
        Duration span = Duration.between(newest.get(newest.size() - 1), now);
        return span.dividedBy(newest.size());
    }

    private Duration exponential(int failures) {
        Duration cap = settings.errorCap();
        Duration backoff = settings.floor();
        for (int i = 1; i < failures && backoff.compareTo(cap) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(cap) > 0 ? cap : backoff;
    }

    private Duration clamp(Duration interval) {
        Duration value = interval == null ? settings.defaultInterval() : interval;
        if (value.compareTo(settings.floor()) < 0) {
            return settings.floor();
        }
        return value.compareTo(settings.ceiling()) > 0 ? settings.ceiling() : value;
    }

    /** The interval, or longer when the server asks for it; a server's wish counts up to the error cap. */
    private Duration atLeastAsked(Duration interval, Duration ttl, Instant freshUntil, Instant now) {
        Duration asked = ttl == null ? Duration.ZERO : ttl;
        if (freshUntil != null && Duration.between(now, freshUntil).compareTo(asked) > 0) {
            asked = Duration.between(now, freshUntil);
        }
        if (asked.compareTo(settings.errorCap()) > 0) {
            asked = settings.errorCap();
        }
        return asked.compareTo(interval) > 0 ? asked : interval;
    }
}
