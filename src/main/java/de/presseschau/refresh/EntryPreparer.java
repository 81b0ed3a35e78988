package de.presseschau.refresh;

import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.parse.ParsedEntry;
import de.presseschau.store.NewEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/** Turns a parsed entry into what the store keeps: sanitized HTML, plain text, a stable key, a sane date. */
final class EntryPreparer {

    private static final int TEASER_CHARS = 600;

    private final HtmlSanitizer sanitizer;
    private final Clock clock;

    EntryPreparer(HtmlSanitizer sanitizer, Clock clock) {
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    NewEntry prepare(long feedId, ParsedEntry entry, String feedUrl) {
        String base = entry.url() != null ? entry.url() : feedUrl;
        HtmlSanitizer.Sanitized summary = sanitizeOrNull(entry.summaryHtml(), base);
        // Most feeds give only a summary, which then is the content too: sanitized once.
        HtmlSanitizer.Sanitized content = entry.contentHtml() != null ? sanitizeOrNull(entry.contentHtml(), base) : summary;
        String summaryHtml = summary == null ? null : summary.html();
        String contentHtml = content == null ? null : content.html();
        String summaryText = summary != null ? summary.text() : content != null ? content.text() : null;
        String contentText = content == null ? null : content.text();
        String url = CanonicalUrl.of(entry.url());
        return new NewEntry(feedId, key(entry, url), url, title(entry, summaryText),
                clamp(entry.publishedAt()), summaryHtml, teaser(summaryText), contentHtml, contentText);
    }

    /** The sanitized HTML and its text; null when there is no HTML or nothing of it is left. */
    private HtmlSanitizer.Sanitized sanitizeOrNull(String html, String base) {
        if (html == null || html.isBlank()) {
            return null;
        }
        HtmlSanitizer.Sanitized clean = sanitizer.sanitizeWithText(html, base);
        return clean.html().isBlank() ? null : clean;
    }

    /**
     * guid, else the canonical link, else a hash of title and content: the same item keeps its key across
     * fetches, whatever date the feed gives it this time.
     */
    private static String key(ParsedEntry entry, String canonicalUrl) {
        if (entry.guid() != null && !entry.guid().isBlank()) {
            return entry.guid().strip();
        }
        if (canonicalUrl != null) {
            return canonicalUrl;
        }
        String content = entry.contentHtml() != null ? entry.contentHtml() : entry.summaryHtml();
        return "sha256:" + sha256(strip(entry.title()) + "\n" + strip(content));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String title(ParsedEntry entry, String summaryText) {
        if (entry.title() != null && !entry.title().isBlank()) {
            return entry.title().strip();
        }
        if (summaryText != null && !summaryText.isBlank()) {
            String first = summaryText.strip().split("\\R", 2)[0];
            return first.length() <= 90 ? first : first.substring(0, 89).strip() + "…";
        }
        return "(ohne Titel)";
    }

    private static String teaser(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= TEASER_CHARS ? flat : flat.substring(0, TEASER_CHARS - 1).strip() + "…";
    }

    /** A date in the future would pin an entry to the top of every list; it cannot be later than now. */
    private Instant clamp(Instant publishedAt) {
        Instant now = clock.instant();
        return publishedAt != null && publishedAt.isAfter(now) ? now : publishedAt;
    }
}
