-- An article's section (Ressort) and why it is there: source is user, topic, category, url or classifier.
ALTER TABLE article ADD COLUMN section VARCHAR(40);
ALTER TABLE article ADD COLUMN section_source VARCHAR(16);
ALTER TABLE article ADD COLUMN section_detail VARCHAR(400);
ALTER TABLE article ADD COLUMN section_confidence DOUBLE PRECISION;
CREATE INDEX article_section ON article (section, published_at DESC, id DESC);

-- The categories the feeds gave an article's entries (RSS <category>, Atom category term or label).
CREATE TABLE article_category (
    article_id BIGINT NOT NULL REFERENCES article (id),
    category   VARCHAR(400) NOT NULL,
    CONSTRAINT article_category_once UNIQUE (article_id, category)
);
