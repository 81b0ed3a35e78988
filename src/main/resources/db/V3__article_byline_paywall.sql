-- The author and publication time an article's page states (null when it states none); 'paywall' joins the
-- extraction outcomes without a schema change, extraction being a plain code.
ALTER TABLE article ADD COLUMN author VARCHAR(1000);
ALTER TABLE article ADD COLUMN page_published_at TIMESTAMP WITH TIME ZONE;
