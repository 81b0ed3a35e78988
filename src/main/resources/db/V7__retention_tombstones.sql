-- What retention removed, so that a feed still listing it does not bring it back as new: the feed's entry key,
-- and the article's canonical URL (which another feed may also carry).
CREATE TABLE removed_entry (
    feed_id    BIGINT NOT NULL REFERENCES feed (id),
    entry_key  VARCHAR(4096) NOT NULL,
    removed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT removed_entry_once UNIQUE (feed_id, entry_key)
);

CREATE TABLE removed_url (
    url        VARCHAR(4096) NOT NULL PRIMARY KEY,
    removed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
