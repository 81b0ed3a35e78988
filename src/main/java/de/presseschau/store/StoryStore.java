package de.presseschau.store;

import de.presseschau.model.StoryMember;
import de.presseschau.model.StoryMembership;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stories: which article belongs to which story (article.story_id), and what the reader split off (story_split). */
public final class StoryStore {

    /** An article as story grouping reads it: the feed that brought it, its story (null while ungrouped), time, headline and text. */
    public record StoryArticle(long articleId, long feedId, Long storyId, Instant publishedAt, String title, String text) {
    }

    /** Where an article goes: an existing story, or (negative key) a new story shared by the same key. */
    public record Assignment(long articleId, long storyKey) {
    }

    private static final String FEED_TITLE = "COALESCE(pf.list_title, pf.feed_title, pf.url)";

    private static final RowMapper<StoryArticle> STORY_ARTICLE = (rs, ctx) -> new StoryArticle(
            rs.getLong("id"), rs.getLong("feed_id"), (Long) rs.getObject("story_id", Long.class), Timestamps.read(rs, "published_at"),
            rs.getString("title"), rs.getString("body"));

    private static final RowMapper<StoryMember> MEMBER = (rs, ctx) -> new StoryMember(
            rs.getLong("id"), rs.getLong("story_id"), rs.getString("title"), rs.getString("url"),
            rs.getString("feed_title"), Timestamps.read(rs, "published_at"));

    private final Jdbi jdbi;

    public StoryStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Articles not in a story yet whose extraction is done, oldest first. */
    public List<StoryArticle> findUngrouped(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, feed_id, story_id, published_at, title, "
                        + "COALESCE(content_text, summary_text) AS body FROM article "
                        + "WHERE story_id IS NULL AND extraction <> 'pending' ORDER BY published_at, id LIMIT :limit")
                .bind("limit", limit).map(STORY_ARTICLE).list());
    }

    /** Grouped articles published between the two moments, the newest first. */
    public List<StoryArticle> findGrouped(Instant from, Instant to, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, feed_id, story_id, published_at, title, "
                        + "COALESCE(content_text, summary_text) AS body FROM article WHERE story_id IS NOT NULL "
                        + "AND published_at BETWEEN :from AND :to ORDER BY published_at DESC, id DESC LIMIT :limit")
                .bind("from", Timestamps.bind(from)).bind("to", Timestamps.bind(to)).bind("limit", limit)
                .map(STORY_ARTICLE).list());
    }

    /** The stories each of the articles was split off. */
    public Map<Long, Set<Long>> findRefusedStories(Collection<Long> articleIds) {
        Map<Long, Set<Long>> refused = new HashMap<>();
        if (articleIds.isEmpty()) {
            return refused;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT article_id, story_id FROM story_split WHERE article_id IN (<ids>)")
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(row -> refused.computeIfAbsent(row.getKey(), k -> new HashSet<>()).add(row.getValue())));
        return refused;
    }

    /** Saves where the articles go in one transaction, creating the new stories. */
    public void assign(List<Assignment> assignments, Instant now) {
        jdbi.useTransaction(h -> {
            Map<Long, Long> newStories = new HashMap<>();
            for (Assignment assignment : assignments) {
                long storyId = assignment.storyKey() >= 0 ? assignment.storyKey()
                        : newStories.computeIfAbsent(assignment.storyKey(), key -> newStory(h, now));
                h.createUpdate("UPDATE article SET story_id = :storyId WHERE id = :id")
                        .bind("storyId", storyId).bind("id", assignment.articleId()).execute();
            }
        });
    }

    private static long newStory(Handle h, Instant now) {
        return h.createUpdate("INSERT INTO story (created_at) VALUES (:now)").bind("now", Timestamps.bind(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Each grouped article's story and that story's size; ungrouped articles are missing from the map. */
    public Map<Long, StoryMembership> findMemberships(Collection<Long> articleIds) {
        Map<Long, StoryMembership> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT a.id, a.story_id, (SELECT COUNT(*) FROM article o "
                        + "WHERE o.story_id = a.story_id) AS size FROM article a "
                        + "WHERE a.id IN (<ids>) AND a.story_id IS NOT NULL")
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), new StoryMembership(rs.getLong("story_id"), rs.getInt("size"))))
                .forEach(row -> found.put(row.getKey(), row.getValue())));
        return found;
    }

    /** The articles of the stories, the earliest first. */
    public List<StoryMember> findMembers(Collection<Long> storyIds) {
        if (storyIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.story_id, a.title, a.url, a.published_at, "
                        + FEED_TITLE + " AS feed_title FROM article a JOIN feed pf ON pf.id = a.feed_id "
                        + "WHERE a.story_id IN (<ids>) ORDER BY a.published_at, a.id")
                .bindList("ids", List.copyOf(storyIds)).map(MEMBER).list());
    }

    /**
     * The newest {@code perStory} articles of each story, the earliest of them first: enough to show a story in a
     * list, however many articles it has.
     */
    public List<StoryMember> findNewestMembers(Collection<Long> storyIds, int perStory) {
        if (storyIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM (SELECT a.id, a.story_id, a.title, a.url, "
                        + "a.published_at, " + FEED_TITLE + " AS feed_title, ROW_NUMBER() OVER (PARTITION BY a.story_id "
                        + "ORDER BY a.published_at DESC, a.id DESC) AS newest FROM article a "
                        + "JOIN feed pf ON pf.id = a.feed_id WHERE a.story_id IN (<ids>)) m "
                        + "WHERE newest <= :perStory ORDER BY published_at, id")
                .bindList("ids", List.copyOf(storyIds)).bind("perStory", perStory).map(MEMBER).list());
    }

    /** The headline and text of a story's articles, the earliest first: what its key terms are found in. */
    public List<StoryArticle> findTexts(long storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, feed_id, story_id, published_at, title, "
                        + "COALESCE(content_text, summary_text) AS body FROM article WHERE story_id = :storyId "
                        + "ORDER BY published_at, id")
                .bind("storyId", storyId).map(STORY_ARTICLE).list());
    }

    /**
     * Takes an article out of its story, to be grouped again by the next run but never into this story. Returns
     * false when the article is not in the story.
     */
    public boolean split(long storyId, long articleId) {
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE article SET story_id = NULL WHERE id = :id AND story_id = :storyId")
                    .bind("id", articleId).bind("storyId", storyId).execute();
            if (changed == 0) {
                return false;
            }
            h.createUpdate("MERGE INTO story_split (article_id, story_id) KEY (article_id, story_id) "
                            + "VALUES (:articleId, :storyId)")
                    .bind("articleId", articleId).bind("storyId", storyId).execute();
            return true;
        });
    }

    /** Whether a story with this id exists (it may have no articles left). */
    public Optional<Integer> size(long storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM article WHERE story_id = s.id) "
                        + "FROM story s WHERE s.id = :id")
                .bind("id", storyId).mapTo(Integer.class).findOne());
    }
}
