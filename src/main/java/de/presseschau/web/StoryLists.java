package de.presseschau.web;

import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.ReadingState;
import de.presseschau.model.StoryMember;
import de.presseschau.model.StoryMembership;
import de.presseschau.store.ReadingStateStore;
import de.presseschau.store.StoryStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Folds article lists into stories: the first article of a story in the list leads it, and the story's other
 * articles (from any feed) become its further sources instead of items of their own.
 */
final class StoryLists {

    /** On the front page each further source makes a story count as this much newer... */
    static final Duration PER_SOURCE = Duration.ofHours(2);
    /** ...up to this much, so a big story of yesterday does not stay above today's news. */
    static final Duration MOST_FOR_SOURCES = Duration.ofHours(12);
    /** Further sources named under a lead; the story's page lists them all. */
    static final int SOURCES_SHOWN = 5;
    /**
     * A story's newest articles read for a list: the lead, the sources shown and room for copies, and more than
     * {@link #MOST_FOR_SOURCES} counts. A story of thousands of articles costs no more.
     */
    static final int MEMBERS_READ = 12;

    private final StoryStore stories;
    private final ReadingStateStore states;
    private final GermanTime time;

    StoryLists(StoryStore stories, ReadingStateStore states, GermanTime time) {
        this.stories = stories;
        this.states = states;
        this.time = time;
    }

    /** The teasers (in their order) as stories, each led by its first teaser. */
    List<StoryItem> fold(List<ArticleTeaser> teasers) {
        List<Folded> folded = folded(teasers, StoriesOf.lookUp(stories, teasers));
        return items(folded, readingStates(List.of(folded)));
    }

    /**
     * Each list as at most {@code limit} stories, ordered by recency and size: a story counts as new as its newest
     * article, and {@link #PER_SOURCE} newer for each further source (at most {@link #MOST_FOR_SOURCES}). One lookup
     * of stories and one of reading states serve all lists together: the front page's topics cost three queries, not
     * three per topic.
     */
    List<List<StoryItem>> foldEachByRecencyAndSize(List<List<ArticleTeaser>> lists, int limit) {
        StoriesOf known = StoriesOf.lookUp(stories, lists.stream().flatMap(List::stream).toList());
        List<List<Folded>> chosen = new ArrayList<>();
        for (List<ArticleTeaser> teasers : lists) {
            List<Folded> folded = new ArrayList<>(folded(teasers, known));
            folded.sort(Comparator.comparing(Folded::rank).reversed());
            chosen.add(folded.subList(0, Math.min(limit, folded.size())));
        }
        Map<Long, ReadingState> readingStates = readingStates(chosen);
        return chosen.stream().map(folded -> items(folded, readingStates)).toList();
    }

    /** The stories of some teasers: each grouped teaser's membership, and the articles of the stories it shares. */
    private record StoriesOf(Map<Long, StoryMembership> memberships, Map<Long, List<StoryMember>> members) {

        static StoriesOf lookUp(StoryStore stories, List<ArticleTeaser> teasers) {
            Map<Long, StoryMembership> memberships = stories.findMemberships(
                    teasers.stream().map(ArticleTeaser::id).distinct().toList());
            Set<Long> shared = memberships.values().stream().filter(m -> m.size() > 1).map(StoryMembership::storyId)
                    .collect(Collectors.toSet());
            Map<Long, List<StoryMember>> members = stories.findNewestMembers(shared, MEMBERS_READ).stream()
                    .collect(Collectors.groupingBy(StoryMember::storyId, LinkedHashMap::new, Collectors.toList()));
            return new StoriesOf(memberships, members);
        }
    }

    private Map<Long, ReadingState> readingStates(List<List<Folded>> lists) {
        return states.findAll(lists.stream().flatMap(List::stream).map(f -> f.lead().id()).distinct().toList());
    }

    /** {@code others}: further sources among the story's newest articles; {@code sourceCount}: all of them. */
    private record Folded(ArticleTeaser lead, List<StoryMember> others, int sourceCount, Long storyId) {

        Instant rank() {
            Instant newest = lead.publishedAt();
            for (StoryMember other : others) {
                if (other.publishedAt().isAfter(newest)) {
                    newest = other.publishedAt();
                }
            }
            Duration bonus = PER_SOURCE.multipliedBy(sourceCount);
            return newest.plus(bonus.compareTo(MOST_FOR_SOURCES) > 0 ? MOST_FOR_SOURCES : bonus);
        }
    }

    private static List<Folded> folded(List<ArticleTeaser> teasers, StoriesOf known) {
        Map<Long, StoryMembership> memberships = known.memberships();
        Map<Long, List<StoryMember>> members = known.members();
        List<Folded> folded = new ArrayList<>();
        Set<Long> led = new HashSet<>();
        for (ArticleTeaser teaser : teasers) {
            StoryMembership membership = memberships.get(teaser.id());
            if (membership == null || membership.size() < 2) {
                folded.add(new Folded(teaser, List.of(), 0, null));
            } else if (led.add(membership.storyId())) {
                // A copy under another address (a feed that links through a redirector) is no further source.
                Set<String> seen = new HashSet<>(Set.of(teaser.feedTitle() + "\n" + teaser.title()));
                List<StoryMember> read = members.getOrDefault(membership.storyId(), List.of()).stream()
                        .filter(member -> member.articleId() != teaser.id()).toList();
                List<StoryMember> others = read.stream()
                        .filter(member -> seen.add(member.source() + "\n" + member.title())).toList();
                // Copies among the articles not read are not seen; they count as sources.
                int copies = read.size() - others.size();
                folded.add(new Folded(teaser, others, Math.max(others.size(), membership.size() - 1 - copies),
                        membership.storyId()));
            }
        }
        return folded;
    }

    private List<StoryItem> items(List<Folded> folded, Map<Long, ReadingState> readingStates) {
        return folded.stream().map(f -> new StoryItem(
                TeaserView.of(f.lead(), readingStates.getOrDefault(f.lead().id(), ReadingState.UNREAD), time),
                f.others().isEmpty() ? null : new StorySources(Links.story(f.storyId()), f.others().stream()
                        .limit(SOURCES_SHOWN)
                        .map(m -> new StorySources.Source(m.title(), m.source(), Links.article(m.articleId())))
                        .toList(), f.sourceCount())))
                .toList();
    }
}
