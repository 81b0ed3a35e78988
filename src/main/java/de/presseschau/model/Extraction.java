package de.presseschau.model;

/** Where an article's body came from. */
public enum Extraction {
    /** Stored from the feed; the page has not been tried yet. */
    PENDING,
    /** Extracted from the article page. */
    EXTRACTED,
    /** The page was unusable or poorer than the feed; the feed's own content is shown. */
    FEED,
    /** Neither page nor feed gave a body. */
    FAILED,
    /** The page holds only the free beginning of a paid article; that teaser is shown, marked so, with the link. */
    PAYWALL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Extraction fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
