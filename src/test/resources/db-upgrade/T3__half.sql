-- An upgrade whose first statement works (and is committed at once, as H2 does with schema changes) and whose
-- second fails: without a copy from before, the database would stay half upgraded.
ALTER TABLE note ADD COLUMN extra INT;
CREATE TABLE note (id INT);
