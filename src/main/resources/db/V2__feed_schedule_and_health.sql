-- Each feed's own schedule and health: when to check next, how often, and since when it fails.
-- fetch_url is where the feed is really fetched from when that is not the URL in feeds.txt:
-- a permanent redirect ('moved') or a feed found on a website ('discovered'). feeds.txt stays as the user wrote it.
ALTER TABLE feed ADD COLUMN next_check_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE feed ADD COLUMN check_interval_seconds BIGINT;
ALTER TABLE feed ADD COLUMN failing_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE feed ADD COLUMN error_count INT NOT NULL DEFAULT 0;
ALTER TABLE feed ADD COLUMN error_kind VARCHAR(32);
ALTER TABLE feed ADD COLUMN last_status INT NOT NULL DEFAULT 0;
ALTER TABLE feed ADD COLUMN fetch_url VARCHAR(4096);
ALTER TABLE feed ADD COLUMN fetch_url_origin VARCHAR(16);
CREATE INDEX feed_due ON feed (subscribed, next_check_at);
