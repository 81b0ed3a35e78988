package de.presseschau.store;

import de.presseschau.model.Extraction;

/** What becomes of one article's body: the page's body, or the feed's content kept with a reason. */
public sealed interface BodyOutcome permits BodyOutcome.FromPage, BodyOutcome.Fallback {

    long articleId();

    Extraction extraction();

    /** The page gave the body (the whole article, or only its free beginning). */
    record FromPage(long articleId, PageBody body) implements BodyOutcome {
        @Override
        public Extraction extraction() {
            return body.extraction();
        }
    }

    /** The page gave nothing usable: the feed's content stays ({@code FEED}, or {@code FAILED} when it has none). */
    record Fallback(long articleId, Extraction extraction, String note) implements BodyOutcome {
    }
}
