package de.presseschau.topics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Groups arriving articles into stories: an article joins the story of its most similar article within the time
 * window when {@link StorySimilarity} calls the two the same story, and otherwise starts a story of its own. A story
 * spans at most the window from its first article, so that look-alike reports (a fire brigade's templated alarms)
 * cannot chain into one story over weeks. A story is what several outlets report: two articles of one feed never
 * match each other (an outlet's templated items - alarms, offers, ratings - look alike without being one event), though
 * both may join the story of a third outlet's article.
 */
public final class StoryGrouper {

    /** An article already in a story, brought by feed {@code feedId}. */
    public record Grouped(long articleId, long feedId, long storyId, Instant publishedAt, StoryText text) {
    }

    /**
     * An article to group, brought by feed {@code feedId}; it never joins one of {@code refusedStories} (the reader
     * split it off them).
     */
    public record Arrival(long articleId, long feedId, Instant publishedAt, StoryText text, Set<Long> refusedStories) {
    }

    /**
     * Where an arrival goes: {@code storyKey} is an existing story's id, or, when negative, a new story shared by
     * the arrivals with the same key. {@code matchedArticleId} is the article it matched (0 when it starts a story).
     */
    public record Placement(long articleId, long storyKey, long matchedArticleId, double similarity) {

        public boolean isNewStory() {
            return storyKey < 0;
        }
    }

    private record Candidate(long articleId, long feedId, long storyKey, Instant publishedAt, StoryProfile profile) {
    }

    /**
     * Texts whose terms are remembered between runs: the whole and the opening of a window's worth of articles and
     * of a run's arrivals, with room.
     */
    static final int REMEMBERED_TEXTS = 20_000;

    private final StoryTerms terms;
    private final StoryTermCache cache = new StoryTermCache(REMEMBERED_TEXTS);
    private final Duration window;

    /** Articles further apart in time than {@code window} are never one story. */
    public StoryGrouper(GermanAnalysis analysis, Duration window) {
        this.terms = new StoryTerms(analysis);
        this.window = window;
    }

    /**
     * Places every arrival, oldest first, so that later arrivals can join the stories earlier ones started; the
     * placements come in that order. An interrupted thread stops early with fewer placements.
     */
    public List<Placement> group(List<Grouped> grouped, List<Arrival> arrivals) {
        // Document frequencies from the articles of the window, as StorySimilarity was measured.
        StorySimilarity similarity = StorySimilarity.of(terms, Stream.concat(
                grouped.stream().map(Grouped::text), arrivals.stream().map(Arrival::text)).toList(),
                text -> cache.weights(text, terms));
        List<Candidate> candidates = new ArrayList<>(grouped.size() + arrivals.size());
        for (Grouped article : grouped) {
            candidates.add(new Candidate(article.articleId(), article.feedId(), article.storyId(), article.publishedAt(),
                    similarity.profile(article.text())));
        }
        Map<Long, Instant> storyStart = new HashMap<>();
        for (Grouped article : grouped) {
            storyStart.merge(article.storyId(), article.publishedAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Arrival> ordered = arrivals.stream()
                .sorted(Comparator.comparing(Arrival::publishedAt).thenComparing(Arrival::articleId)).toList();
        List<Placement> placements = new ArrayList<>(ordered.size());
        long nextNewStory = -1;
        for (Arrival arrival : ordered) {
            if (Thread.currentThread().isInterrupted()) {
                break; // stopping: the caller keeps nothing of this run
            }
            StoryProfile profile = similarity.profile(arrival.text());
            Candidate best = null;
            double bestSimilarity = -1;
            double bestMatch = 0;
            for (Candidate candidate : candidates) {
                if (candidate.feedId() == arrival.feedId()
                        || isOutsideWindow(arrival.publishedAt(), candidate.publishedAt())
                        || isOutsideWindow(arrival.publishedAt(), storyStart.get(candidate.storyKey()))
                        || arrival.refusedStories().contains(candidate.storyKey())) {
                    continue;
                }
                double value = similarity.similarity(profile, candidate.profile());
                bestSimilarity = Math.max(bestSimilarity, value);
                if (value > bestMatch && StorySimilarity.isSameStory(profile, candidate.profile(), value)) {
                    best = candidate;
                    bestMatch = value;
                }
            }
            Placement placement = best != null
                    ? new Placement(arrival.articleId(), best.storyKey(), best.articleId(), bestMatch)
                    : new Placement(arrival.articleId(), nextNewStory--, 0, Math.max(0, bestSimilarity));
            placements.add(placement);
            storyStart.merge(placement.storyKey(), arrival.publishedAt(), (a, b) -> a.isBefore(b) ? a : b);
            candidates.add(new Candidate(arrival.articleId(), arrival.feedId(), placement.storyKey(), arrival.publishedAt(),
                    profile));
        }
        return placements;
    }

    private boolean isOutsideWindow(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(window) > 0;
    }
}
