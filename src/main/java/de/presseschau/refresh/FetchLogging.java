package de.presseschau.refresh;

import de.presseschau.model.FetchLogEntry;
import de.presseschau.store.FetchLogStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/** Keeps each feed's fetch outcome in the fetch log that its diagnostics page shows. */
public final class FetchLogging implements ArticleSteps {

    private static final Logger log = LoggerFactory.getLogger(FetchLogging.class);

    private final FetchLogStore fetchLog;

    public FetchLogging(FetchLogStore fetchLog) {
        this.fetchLog = fetchLog;
    }

    @Override
    public void feedDone(FeedOutcome outcome) {
        FeedOutcome.Fetch fetch = outcome.fetch();
        try {
            fetchLog.add(new FetchLogEntry(outcome.feed().id(), fetch.startedAt(),
                    outcome.kind().name().toLowerCase(Locale.ROOT), fetch.httpStatus(), fetch.bytes(), fetch.took(),
                    fetch.encoding(), outcome.newArticles(), outcome.error()));
        } catch (RuntimeException e) {
            // The log is a diagnosis aid: the feed's own row already holds the outcome, so the refresh goes on.
            log.warn("Could not log the fetch of {}", outcome.feed().url(), e);
        }
    }
}
