-- Stories: the articles of several outlets on one event. A grouped article belongs to one story (often alone in it);
-- story_id stays NULL until the article was grouped (after its extraction).
CREATE TABLE story (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE article ADD COLUMN story_id BIGINT REFERENCES story (id);
CREATE INDEX article_story ON article (story_id);

-- An article the reader split off a story is never grouped into that story again. No foreign keys: retention may
-- remove the article, and the row then only says something about an article that is gone.
CREATE TABLE story_split (
    article_id BIGINT NOT NULL,
    story_id   BIGINT NOT NULL,
    CONSTRAINT story_split_once UNIQUE (article_id, story_id)
);
