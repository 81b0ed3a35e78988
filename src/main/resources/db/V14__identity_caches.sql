-- H2 hands out identity values from a cache of 32 and, each time it runs out, stores the sequence with a commit of
-- its own: with every commit reaching the file (WRITE_DELAY=0), a first refresh wrote one extra chunk per 32
-- articles, per 32 entries and per 32 stories. A crash skips the rest of a cache (a gap in the ids), never reuses one.
ALTER TABLE article ALTER COLUMN id SET CACHE 1000;
ALTER TABLE entry ALTER COLUMN id SET CACHE 1000;
ALTER TABLE story ALTER COLUMN id SET CACHE 1000;
ALTER TABLE fetch_log ALTER COLUMN id SET CACHE 1000;
