package de.presseschau.refresh;

import de.presseschau.store.RetentionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Keeps articles for the configured days and at most so many per feed; runs at the end of every refresh. */
public final class Retention implements ArticleSteps {

    /** Removed per transaction, so a first run over a large database never holds one huge transaction. */
    private static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final RetentionStore store;
    private final RetentionSettings settings;
    private final Clock clock;

    public Retention(RetentionStore store, RetentionSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** Removes every article no feed counts within its limits any more. Returns how many were removed. */
    public int run() {
        Instant now = clock.instant();
        List<Long> expired = store.findExpired(now.minus(settings.keep()), settings.perFeed());
        for (int from = 0; from < expired.size(); from += BATCH) {
            store.remove(expired.subList(from, Math.min(expired.size(), from + BATCH)), now);
        }
        if (!expired.isEmpty()) {
            log.info("Retention removed {} articles (older than {} days or beyond {} per feed)",
                    expired.size(), settings.keep().toDays(), settings.perFeed());
        }
        return expired.size();
    }

    @Override
    public void afterRefresh() {
        run();
    }
}
