-- The first version of a small schema for the upgrade tests.
CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100) NOT NULL);
