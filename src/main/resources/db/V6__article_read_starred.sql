-- Reading state lives on the article, not the entry: an article that came through several feeds is read once.
-- NULL means unread / not starred; the times order the Merkliste and say when it happened.
ALTER TABLE article ADD COLUMN read_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN starred_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX article_starred ON article (starred_at);
