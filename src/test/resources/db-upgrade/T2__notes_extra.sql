-- An upgrade that works.
ALTER TABLE note ADD COLUMN extra INT;
