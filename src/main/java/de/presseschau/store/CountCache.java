package de.presseschau.store;

import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Keeps the result of a counting query over whole tables (counts per topic, per section, unread) until one of its
 * tables changes. Such counts read every row, far too slow to run on every page at 200,000 articles; H2 moves a
 * table's modification id on every commit that changed it, which costs a fraction of a millisecond to read.
 */
final class CountCache<T> {

    /**
     * A result is also taken again after this long: H2 might move the id a moment before the commit's rows become
     * visible, and a count made in that moment must not stay.
     */
    private static final long MAX_AGE_NANOS = 10_000_000_000L;

    /** A result and the tables' version it was counted at. */
    private record Counted<T>(long version, long countedAt, T value) {
    }

    private final Jdbi jdbi;
    private final List<String> tables;
    private volatile Counted<T> last;

    /** {@code tables}: every table the query reads, in any case. */
    CountCache(Jdbi jdbi, String... tables) {
        this.jdbi = jdbi;
        this.tables = List.of(tables).stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
    }

    /** The last result while none of the tables changed, else {@code count}'s new one. */
    T get(Supplier<T> count) {
        long version = version();
        Counted<T> cached = last;
        if (isCurrent(cached, version)) {
            return cached.value();
        }
        // One count at a time: at 200,000 articles each holds tens of MB while it runs, and pages asked for at once
        // would otherwise all count in parallel and fill a small heap. The others wait and take its result.
        synchronized (this) {
            cached = last;
            if (isCurrent(cached, version)) {
                return cached.value();
            }
            long startedAt = System.nanoTime();
            T value = count.get();
            last = new Counted<>(version, startedAt, value);
            return value;
        }
    }

    private static boolean isCurrent(Counted<?> cached, long version) {
        return cached != null && cached.version() == version && System.nanoTime() - cached.countedAt() < MAX_AGE_NANOS;
    }

    /** Changes whenever a commit changed one of the tables: the sum of their modification ids, each only growing. */
    private long version() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(LAST_MODIFICATION), 0) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN (<tables>)")
                .bindList("tables", tables).mapTo(Long.class).one());
    }
}
