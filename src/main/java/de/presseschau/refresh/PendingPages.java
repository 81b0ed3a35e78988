package de.presseschau.refresh;

import de.presseschau.store.ArticleStore;
import de.presseschau.store.PendingArticle;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The article pages one refresh handles, oldest first: those left waiting by earlier runs and those its feeds bring as
 * they are stored, at most {@code maxPages}. They are read from the database in slices as the page workers need them,
 * so memory stays bounded however many wait; each read starts after the last article read before, so no page is
 * taken twice in a run.
 */
final class PendingPages implements PoliteRunner.Source<PendingArticle> {

    private final ArticleStore articles;
    private final int maxPages;
    private final int slice;
    private final AtomicInteger feedsLeft;
    /** A feed stored entries since the last read: new articles may wait beyond it. */
    private final AtomicBoolean storedSinceRead = new AtomicBoolean();
    /** The last read found as many as it asked for, so the store may hold more already. */
    private volatile boolean storeMayHoldMore = true;
    private volatile int taken;
    /** The highest article id read so far: ids only grow, so what a read returned is never returned again. */
    private long afterId;

    /** {@code feeds}: how many feeds this run refreshes; pages may come until each is {@link #feedDone done}. */
    PendingPages(ArticleStore articles, int maxPages, int slice, int feeds) {
        this.articles = articles;
        this.maxPages = maxPages;
        this.slice = Math.max(1, slice);
        this.feedsLeft = new AtomicInteger(feeds);
    }

    /** A feed of this run is done and what it stored is committed; {@code mayHaveStored}: it may have brought articles. */
    void feedDone(boolean mayHaveStored) {
        if (mayHaveStored) {
            storedSinceRead.set(true);
        }
        feedsLeft.decrementAndGet();
    }

    /** Pages taken on so far: a running total, growing while the feeds bring articles, never above the limit. */
    int taken() {
        return taken;
    }

    /** Reads again once half a slice is left, so the workers seldom run dry while the next slice is read. */
    @Override
    public boolean hasNews(int queued) {
        return taken < maxPages && queued < Math.max(1, slice / 2) && (storeMayHoldMore || storedSinceRead.get());
    }

    @Override
    public List<PendingArticle> take(int queued) {
        if (!hasNews(queued)) {
            return List.of();
        }
        // Cleared before the read: a feed stored during it raises the flag again and is read the next time.
        storedSinceRead.set(false);
        int wanted = Math.min(slice - queued, maxPages - taken);
        List<PendingArticle> found = articles.findPendingExtraction(afterId, wanted);
        storeMayHoldMore = found.size() == wanted;
        if (!found.isEmpty()) {
            afterId = found.get(found.size() - 1).id();
            taken += found.size();
        }
        return found;
    }

    @Override
    public boolean isFinished() {
        return taken >= maxPages || feedsLeft.get() == 0 && !storedSinceRead.get() && !storeMayHoldMore;
    }
}
