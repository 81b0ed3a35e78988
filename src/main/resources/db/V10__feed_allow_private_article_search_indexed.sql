-- A feed marked "+lokal" in feeds.txt: its article pages may be on the local network (private, loopback, link-local).
ALTER TABLE feed ADD COLUMN allows_private BOOLEAN NOT NULL DEFAULT FALSE;

-- Whether the search index holds the article as it is stored now. A refresh killed before it indexed leaves FALSE,
-- and the next start or refresh indexes what is missing. Existing articles start FALSE: indexed once more, harmlessly.
ALTER TABLE article ADD COLUMN search_indexed BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX article_search_indexed ON article (search_indexed, id);
