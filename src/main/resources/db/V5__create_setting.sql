-- Small named values the owner sets in the reader, such as the password hash from the first-run setup.
CREATE TABLE setting (
    name  VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
