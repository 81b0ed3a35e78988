package de.presseschau.web;

import de.presseschau.store.DataVersion;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Rendered pages kept while nothing was written to the database and for a few seconds at most (their "vor 5 Minuten"
 * age with the clock). A front page costs tens of milliseconds of CPU; several tabs, devices or API clients asking
 * for it between two refreshes then share one rendering, and requests that arrive while it is made wait for it
 * instead of making it again.
 */
final class PageCache {

    /** How long a page may say "vor 5 Minuten" before it is made again, even when nothing changed. */
    static final Duration MAX_AGE = Duration.ofSeconds(15);
    /** Pages kept, the least recently asked for leaving first: every topic and a few pages of each. */
    static final int PAGES_KEPT = 64;

    private final DataVersion version;
    private final Clock clock;
    private final Map<String, Made> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Made> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    PageCache(DataVersion version, Clock clock) {
        this.version = version;
        this.clock = clock;
    }

    /** A page being made or made, with the database version read before it began. */
    private record Made(long version, Instant startedAt, CompletableFuture<byte[]> html) {

        boolean isCurrent(long currentVersion, Instant now) {
            return version == currentVersion && startedAt.plus(MAX_AGE).isAfter(now)
                    && !html.isCompletedExceptionally();
        }
    }

    /**
     * The page under {@code key} as UTF-8: kept, being made by another request, or made now by {@code render}. Kept as
     * bytes, since a front page is some 100 KB of HTML to encode again for every request.
     */
    byte[] html(String key, Supplier<String> render) {
        // Read before rendering: a write committed meanwhile raises the version, so the page counts as outdated.
        long current = version.current();
        Made mine = new Made(current, clock.instant(), new CompletableFuture<>());
        Made kept;
        synchronized (pages) {
            kept = pages.get(key);
            if (kept == null || !kept.isCurrent(current, mine.startedAt())) {
                pages.put(key, mine);
                kept = null;
            }
        }
        if (kept != null) {
            return waitFor(kept.html());
        }
        try {
            byte[] html = render.get().getBytes(StandardCharsets.UTF_8);
            mine.html().complete(html);
            return html;
        } catch (RuntimeException | Error e) {
            // Not kept: the next request tries again, and those waiting get the same error (a 404 stays a 404).
            mine.html().completeExceptionally(e);
            synchronized (pages) {
                pages.remove(key, mine);
            }
            throw e;
        }
    }

    private static byte[] waitFor(CompletableFuture<byte[]> html) {
        try {
            return html.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
