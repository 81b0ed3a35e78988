package de.presseschau.refresh;

import de.presseschau.parse.ParsedEntry;

/**
 * Further work that belongs to a refresh: sees each feed's outcome and each stored entry, and runs once at the end.
 */
public interface ArticleSteps {

    ArticleSteps NONE = new ArticleSteps() {
    };

    /** Several steps, each seeing every entry and running at the end in the given order. */
    static ArticleSteps inOrder(ArticleSteps... steps) {
        return new ArticleSteps() {
            @Override
            public void entryStored(long articleId, ParsedEntry entry) {
                for (ArticleSteps step : steps) {
                    step.entryStored(articleId, entry);
                }
            }

            @Override
            public void feedDone(FeedOutcome outcome) {
                for (ArticleSteps step : steps) {
                    step.feedDone(outcome);
                }
            }

            @Override
            public void afterRefresh() {
                RuntimeException first = null;
                for (ArticleSteps step : steps) {
                    // One failing step (say, sorting sections) must not keep the others (search, retention) from running.
                    try {
                        step.afterRefresh();
                    } catch (RuntimeException e) {
                        if (first == null) {
                            first = e;
                        } else {
                            first.addSuppressed(e);
                        }
                    }
                }
                if (first != null) {
                    throw first;
                }
            }
        };
    }

    /** An entry was stored for the first time, for the article {@code articleId}. */
    default void entryStored(long articleId, ParsedEntry entry) {
    }

    /** One feed of this run is done (fetched, unchanged or failed); runs in that feed's worker thread. */
    default void feedDone(FeedOutcome outcome) {
    }

    /** Every feed and page of this run is done; runs in the refresher's thread, still holding its lock. */
    default void afterRefresh() {
    }
}
