-- Which topics each article is in, with its date: a topic's newest articles are then a range of one index. Walking the
-- articles' date index and testing each for an entry of one of the topic's feeds read some 500 rows per topic list at
-- 200,000 articles, twelve times for the front page. Kept in the same transaction as every change that moves an
-- article into or out of a topic (store's ArticleCounts) or changes its date (ArticleStore.saveFromPage).
CREATE TABLE topic_article (
    article_id   BIGINT                   NOT NULL,
    topic        VARCHAR(200)             NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT topic_article_once PRIMARY KEY (article_id, topic)
);

INSERT INTO topic_article (article_id, topic, published_at)
SELECT DISTINCT e.article_id, f.topic, a.published_at
FROM entry e JOIN feed f ON f.id = e.feed_id JOIN article a ON a.id = e.article_id;

CREATE INDEX topic_article_newest ON topic_article (topic, published_at DESC, article_id DESC);
