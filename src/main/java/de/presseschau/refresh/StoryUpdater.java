package de.presseschau.refresh;

import de.presseschau.store.StoryStore;
import de.presseschau.store.StoryStore.StoryArticle;
import de.presseschau.topics.StoryGrouper;
import de.presseschau.topics.StoryText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the articles of each refresh into stories once their bodies are extracted: each joins the story of the
 * most similar article of the last days, as {@link StoryGrouper} decides, or starts its own.
 */
public final class StoryUpdater implements ArticleSteps {

    /** Reports of one event arrive within a few days; older articles are not compared. */
    public static final Duration WINDOW = Duration.ofDays(3);
    /** Articles grouped per run; a backlog (say, after an upgrade) is worked off over the next runs. */
    static final int ARTICLES_PER_RUN = 2_000;
    /** Grouped articles compared at most: the newest of the window, enough for a few days of many feeds. */
    static final int WINDOW_ARTICLES = 5_000;

    private static final Logger log = LoggerFactory.getLogger(StoryUpdater.class);

    private final StoryStore stories;
    private final StoryGrouper grouper;
    private final Clock clock;

    public StoryUpdater(StoryStore stories, StoryGrouper grouper, Clock clock) {
        this.stories = stories;
        this.grouper = grouper;
        this.clock = clock;
    }

    @Override
    public void afterRefresh() {
        group();
    }

    /** Groups the articles waiting for a story; returns how many it placed. */
    public int group() {
        List<StoryArticle> arrivals = stories.findUngrouped(ARTICLES_PER_RUN);
        if (arrivals.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        Instant from = arrivals.get(0).publishedAt().minus(WINDOW);
        Instant to = arrivals.get(arrivals.size() - 1).publishedAt().plus(WINDOW);
        List<StoryGrouper.Grouped> grouped = stories.findGrouped(from, to, WINDOW_ARTICLES).stream()
                .map(a -> new StoryGrouper.Grouped(a.articleId(), a.feedId(), a.storyId(), a.publishedAt(), text(a)))
                .toList();
        Map<Long, Set<Long>> refused = stories.findRefusedStories(arrivals.stream().map(StoryArticle::articleId).toList());
        List<StoryGrouper.Placement> placements = grouper.group(grouped, arrivals.stream()
                .map(a -> new StoryGrouper.Arrival(a.articleId(), a.feedId(), a.publishedAt(), text(a),
                        refused.getOrDefault(a.articleId(), Set.of())))
                .toList());
        if (Thread.currentThread().isInterrupted()) {
            // The reader is stopping. H2 closes its file when a thread is interrupted during a write, so nothing is
            // written; the next run groups these articles.
            return 0;
        }
        stories.assign(placements.stream()
                .map(p -> new StoryStore.Assignment(p.articleId(), p.storyKey())).toList(), clock.instant());
        long matched = placements.stream().filter(p -> p.matchedArticleId() != 0).count();
        log.info("Geschichten: {} Artikel eingeordnet, {} davon zu einer anderen Quelle derselben Geschichte; "
                        + "verglichen mit {} Artikeln der Tage davor und danach in {} ms",
                placements.size(), matched, grouped.size(), (System.nanoTime() - start) / 1_000_000);
        return placements.size();
    }

    private static StoryText text(StoryArticle article) {
        return new StoryText(article.title(), article.text());
    }
}
