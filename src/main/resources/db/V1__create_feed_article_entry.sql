-- Feeds come from feeds.txt; a feed that left the file keeps its row (subscribed = FALSE) and its articles.
CREATE TABLE feed (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    url             VARCHAR(4096) NOT NULL UNIQUE,
    list_title      VARCHAR(1000),
    feed_title      VARCHAR(1000),
    topic           VARCHAR(200) NOT NULL,
    position        INT NOT NULL,
    subscribed      BOOLEAN NOT NULL DEFAULT TRUE,
    status          VARCHAR(16) NOT NULL DEFAULT 'pending',
    last_error      VARCHAR(4000),
    last_fetched_at TIMESTAMP WITH TIME ZONE,
    etag            VARCHAR(1000),
    last_modified   VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per article; the same URL arriving through two feeds is one article.
CREATE TABLE article (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    feed_id         BIGINT NOT NULL REFERENCES feed (id),
    url             VARCHAR(4096),
    title           VARCHAR(4000) NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    date_from_feed  BOOLEAN NOT NULL,
    summary_html    CLOB,
    summary_text    VARCHAR(4000),
    content_html    CLOB,
    content_text    CLOB,
    extraction      VARCHAR(16) NOT NULL,
    extraction_note VARCHAR(4000),
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX article_url ON article (url);
CREATE INDEX article_published ON article (published_at DESC, id DESC);
CREATE INDEX article_extraction ON article (extraction);

-- One row per entry of a feed (keyed by guid, else link); several entries may share one article.
CREATE TABLE entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    feed_id       BIGINT NOT NULL REFERENCES feed (id),
    entry_key     VARCHAR(4096) NOT NULL,
    article_id    BIGINT NOT NULL REFERENCES article (id),
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT entry_once_per_feed UNIQUE (feed_id, entry_key)
);
CREATE INDEX entry_article ON entry (article_id);
