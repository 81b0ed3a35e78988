package de.presseschau.store;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stores a list of entries with a few lookups for all of them (known entries, tombstones, articles at their URLs)
 * instead of several queries per entry; entries and URLs repeated within the list are handled as the database would.
 */
final class EntryBatch {

    /** Keys and URLs looked up in one query at most; longer lists are looked up in parts. */
    private static final int LOOKUP_CHUNK = 500;

    private final Handle h;
    private final Instant now;

    private EntryBatch(Handle h, Instant now) {
        this.h = h;
        this.now = now;
    }

    static List<StoredEntry> store(Handle h, List<NewEntry> entries, Instant now) {
        return new EntryBatch(h, now).store(entries);
    }

    private List<StoredEntry> store(List<NewEntry> entries) {
        Map<Long, List<NewEntry>> byFeed = new HashMap<>();
        entries.forEach(entry -> byFeed.computeIfAbsent(entry.feedId(), id -> new ArrayList<>()).add(entry));
        Map<String, Long> knownEntries = new HashMap<>();
        Set<String> removedEntries = new HashSet<>();
        for (Map.Entry<Long, List<NewEntry>> feed : byFeed.entrySet()) {
            List<String> keys = feed.getValue().stream().map(NewEntry::key).distinct().toList();
            knownEntries.putAll(knownEntries(feed.getKey(), keys));
            removedEntries.addAll(removedEntries(feed.getKey(), keys));
        }
        List<String> urls = entries.stream().map(NewEntry::url).filter(Objects::nonNull).distinct().toList();
        Set<String> removedUrls = removedUrls(urls);
        Map<String, Long> articleAt = articlesAt(urls);

        List<StoredEntry> stored = new ArrayList<>(entries.size());
        List<NewEntry> newEntries = new ArrayList<>();
        List<Long> newEntryArticles = new ArrayList<>();
        List<Long> insertedArticles = new ArrayList<>();
        for (NewEntry entry : entries) {
            String entryId = entry.feedId() + " " + entry.key();
            Long known = knownEntries.get(entryId);
            if (known != null) {
                stored.add(new StoredEntry(known, false, false));
                continue;
            }
            if (removedEntries.contains(entryId) || entry.url() != null && removedUrls.contains(entry.url())) {
                stored.add(StoredEntry.REMOVED);
                continue;
            }
            Long sameUrl = entry.url() == null ? null : articleAt.get(entry.url());
            long articleId = sameUrl != null ? sameUrl : ArticleStore.insertArticle(h, entry, now);
            if (sameUrl == null) {
                insertedArticles.add(articleId);
            }
            if (entry.url() != null) {
                articleAt.put(entry.url(), articleId);
            }
            knownEntries.put(entryId, articleId);
            newEntries.add(entry);
            newEntryArticles.add(articleId);
            stored.add(new StoredEntry(articleId, true, sameUrl == null));
        }
        ArticleCounts counts = ArticleCounts.before(h, newEntryArticles, insertedArticles);
        insertEntries(newEntries, newEntryArticles);
        counts.after();
        return stored;
    }

    private Map<String, Long> knownEntries(long feedId, List<String> keys) {
        Map<String, Long> known = new HashMap<>();
        for (List<String> part : parts(keys)) {
            h.createQuery("SELECT entry_key, article_id FROM entry WHERE feed_id = :feedId AND entry_key IN (<keys>)")
                    .bind("feedId", feedId).bindList("keys", part)
                    .map((rs, ctx) -> Map.entry(feedId + " " + rs.getString("entry_key"), rs.getLong("article_id")))
                    .forEach(found -> known.put(found.getKey(), found.getValue()));
        }
        return known;
    }

    private Set<String> removedEntries(long feedId, List<String> keys) {
        Set<String> removed = new HashSet<>();
        for (List<String> part : parts(keys)) {
            h.createQuery("SELECT entry_key FROM removed_entry WHERE feed_id = :feedId AND entry_key IN (<keys>)")
                    .bind("feedId", feedId).bindList("keys", part)
                    .mapTo(String.class)
                    .forEach(key -> removed.add(feedId + " " + key));
        }
        return removed;
    }

    private Set<String> removedUrls(List<String> urls) {
        Set<String> removed = new HashSet<>();
        for (List<String> part : parts(urls)) {
            removed.addAll(h.createQuery("SELECT url FROM removed_url WHERE url IN (<urls>)")
                    .bindList("urls", part).mapTo(String.class).list());
        }
        return removed;
    }

    private Map<String, Long> articlesAt(List<String> urls) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> part : parts(urls)) {
            h.createQuery("SELECT id, url FROM article WHERE url IN (<urls>)")
                    .bindList("urls", part)
                    .map((rs, ctx) -> Map.entry(rs.getString("url"), rs.getLong("id")))
                    .forEach(article -> found.put(article.getKey(), article.getValue()));
        }
        return found;
    }

    private void insertEntries(List<NewEntry> entries, List<Long> articleIds) {
        if (entries.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("INSERT INTO entry (feed_id, entry_key, article_id, first_seen_at) "
                + "VALUES (:feedId, :key, :articleId, :now)");
        for (int i = 0; i < entries.size(); i++) {
            batch.bind("feedId", entries.get(i).feedId()).bind("key", entries.get(i).key())
                    .bind("articleId", articleIds.get(i)).bind("now", Timestamps.bind(now)).add();
        }
        batch.execute();
    }

    private static List<List<String>> parts(Collection<String> values) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(values));
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i += LOOKUP_CHUNK) {
            parts.add(list.subList(i, Math.min(list.size(), i + LOOKUP_CHUNK)));
        }
        return parts;
    }
}
