-- The counts every page shows, kept up to date in the same transaction as each change that moves them (store's
-- ArticleCounts): counting them again read every article row, seconds to minutes at 200,000 articles.
-- kind 'topic': name is a feeds.txt topic; an article is in every topic of the feeds that brought it, once.
-- kind 'feed': name is a feed id; kind 'section': name is a section (Ressort). unread: of those, not read yet.
CREATE TABLE article_count (
    kind     VARCHAR(16)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    articles INT          NOT NULL,
    unread   INT          NOT NULL,
    CONSTRAINT article_count_once PRIMARY KEY (kind, name)
);

INSERT INTO article_count (kind, name, articles, unread)
SELECT 'topic', f.topic, COUNT(DISTINCT e.article_id), COUNT(DISTINCT CASE WHEN a.read_at IS NULL THEN a.id END)
FROM entry e JOIN feed f ON f.id = e.feed_id JOIN article a ON a.id = e.article_id GROUP BY f.topic;

INSERT INTO article_count (kind, name, articles, unread)
SELECT 'feed', CAST(e.feed_id AS VARCHAR), COUNT(DISTINCT e.article_id), COUNT(DISTINCT CASE WHEN a.read_at IS NULL THEN a.id END)
FROM entry e JOIN article a ON a.id = e.article_id GROUP BY e.feed_id;

INSERT INTO article_count (kind, name, articles, unread)
SELECT 'section', section, COUNT(*), COUNT(CASE WHEN read_at IS NULL THEN 1 END)
FROM article WHERE section IS NOT NULL GROUP BY section;

-- A topic's newest article id (what "alles gelesen" may mark) from the entries of its feeds, without their rows.
CREATE INDEX entry_feed_article ON entry (feed_id, article_id);
