package de.presseschau.store;

import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.Section;
import de.presseschau.model.SectionAssignment;
import de.presseschau.model.SectionSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles' sections and the feed categories they are decided from (the section columns and article_category). */
public final class SectionStore {

    private static final RowMapper<SectionAssignment> ASSIGNMENT = (rs, ctx) -> new SectionAssignment(
            Section.valueOf(rs.getString("section")), SectionSource.fromCode(rs.getString("section_source")),
            rs.getString("section_detail"), rs.getDouble("section_confidence"));

    private static final String FOR_CLASSIFIER = "(section IS NULL OR section_source = 'classifier')";

    private final Jdbi jdbi;

    public SectionStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Keeps the categories an entry gave its article; known ones are not added twice. */
    public void addCategories(long articleId, List<String> categories) {
        List<String> clean = categories.stream().filter(c -> c != null && !c.isBlank())
                .map(c -> Texts.clip(c.strip(), 400)).distinct().toList();
        if (clean.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            var batch = h.prepareBatch("MERGE INTO article_category (article_id, category) KEY (article_id, category) "
                    + "VALUES (:articleId, :category)");
            for (String category : clean) {
                batch.bind("articleId", articleId).bind("category", category).add();
            }
            batch.execute();
        });
    }

    /** Articles without a section yet, oldest first, with the signals that may decide one. */
    public List<SectionCandidate> findUnsorted(int limit) {
        return jdbi.withHandle(h -> {
            List<SectionCandidate> bare = h.createQuery("SELECT id, url FROM article WHERE section IS NULL ORDER BY id LIMIT :limit")
                    .bind("limit", limit)
                    .map((rs, ctx) -> new SectionCandidate(rs.getLong("id"), rs.getString("url"), List.of(), List.of()))
                    .list();
            if (bare.isEmpty()) {
                return bare;
            }
            Map<Long, List<String>> topics = new HashMap<>();
            h.createQuery("SELECT e.article_id, f.topic FROM entry e JOIN feed f ON f.id = e.feed_id "
                            + "WHERE e.article_id IN (<ids>) ORDER BY f.position")
                    .bindList("ids", ids(bare))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(row -> topics.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
            Map<Long, List<String>> categories = new HashMap<>();
            h.createQuery("SELECT article_id, category FROM article_category WHERE article_id IN (<ids>) ORDER BY category")
                    .bindList("ids", ids(bare))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(row -> categories.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
            return bare.stream().map(c -> new SectionCandidate(c.articleId(), c.url(),
                    topics.getOrDefault(c.articleId(), List.of()), categories.getOrDefault(c.articleId(), List.of()))).toList();
        });
    }

    /** Whether any article has no section yet (a refresh stopped before it sorted what it brought). */
    public boolean hasUnsorted() {
        return anyArticleWhere("section IS NULL");
    }

    /** The newest articles whose section comes from the outlet or the user: what the classifier learns from. */
    public List<SectionText> findKnown(int limit) {
        return findTexts("section_source <> 'classifier'", limit);
    }

    /** The newest articles the classifier sorts: those it sorted before and those nothing else could. */
    public List<SectionText> findForClassifier(int limit) {
        return findTexts(FOR_CLASSIFIER, limit);
    }

    /** Whether {@link #findForClassifier} would find any article. */
    public boolean hasClassifierWork() {
        return anyArticleWhere(FOR_CLASSIFIER);
    }

    private boolean anyArticleWhere(String condition) {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM article WHERE " + condition + ")")
                .mapTo(Boolean.class).one());
    }

    private List<SectionText> findTexts(String condition, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, section, title, COALESCE(content_text, summary_text) AS body "
                        + "FROM article WHERE " + condition + " ORDER BY published_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new SectionText(rs.getLong("id"),
                        rs.getString("section") == null ? null : Section.valueOf(rs.getString("section")),
                        rs.getString("title") + "\n" + (rs.getString("body") == null ? "" : rs.getString("body"))))
                .list());
    }

    public void save(long articleId, SectionAssignment assignment) {
        jdbi.useTransaction(h -> {
            ArticleCounts counts = ArticleCounts.before(h, List.of(articleId));
            h.createUpdate("UPDATE article SET section = :section, section_source = :source, "
                            + "section_detail = :detail, section_confidence = :confidence WHERE id = :id")
                    .bind("id", articleId).bind("section", assignment.section().name())
                    .bind("source", assignment.source().code()).bind("detail", Texts.clip(assignment.detail(), 400))
                    .bind("confidence", assignment.confidence())
                    .execute();
            counts.after();
        });
    }

    public Optional<SectionAssignment> find(long articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT section, section_source, section_detail, section_confidence "
                        + "FROM article WHERE id = :id AND section IS NOT NULL")
                .bind("id", articleId).map(ASSIGNMENT).findOne());
    }

    /** Sections of the given articles; articles without one are missing from the map. */
    public Map<Long, SectionAssignment> findAll(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            Map<Long, SectionAssignment> found = new HashMap<>();
            h.createQuery("SELECT id, section, section_source, section_detail, section_confidence FROM article "
                            + "WHERE id IN (<ids>) AND section IS NOT NULL")
                    .bindList("ids", articleIds)
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), ASSIGNMENT.map(rs, ctx)))
                    .forEach(row -> found.put(row.getKey(), row.getValue()));
            return found;
        });
    }

    /** Every section in the fixed order with its article count (zero included). */
    public Map<Section, Integer> countBySection() {
        Map<Section, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(Section.values()).forEach(s -> counts.put(s, 0));
        jdbi.useHandle(h -> h.createQuery("SELECT name, articles FROM article_count WHERE kind = 'section'")
                .map((rs, ctx) -> Map.entry(Section.valueOf(rs.getString(1)), rs.getInt(2)))
                .forEach(row -> counts.put(row.getKey(), row.getValue())));
        return Collections.unmodifiableMap(counts);
    }

    /** A section's articles, newest first. */
    public List<ArticleTeaser> findTeasers(Section section, int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery(ArticleStore.newestFirst("SELECT a.id, a.feed_id, a.title, a.url, "
                        + "a.published_at, a.summary_text FROM article a WHERE a.section = :section", "a.section"))
                .bind("section", section.name()).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new ArticleTeaser(rs.getLong("id"), rs.getLong("feed_id"), rs.getString("title"),
                        rs.getString("url"), rs.getString("topic"), Timestamps.read(rs, "published_at"),
                        rs.getString("summary_text"), rs.getString("feed_title")))
                .list());
    }

    private static List<Long> ids(List<SectionCandidate> candidates) {
        return candidates.stream().map(SectionCandidate::articleId).toList();
    }

    /** An article still without a section and its signals: feeds.txt topics in order, categories, URL. */
    public record SectionCandidate(long articleId, String url, List<String> topics, List<String> categories) {
    }

    /** An article's current section (null if none) and its text: title, newline, body. */
    public record SectionText(long articleId, Section section, String text) {
    }
}
