package de.presseschau.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a server says about when to ask again: Cache-Control max-age, Expires and Retry-After. */
final class ServerHints {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})");

    private ServerHints() {
    }

    /**
     * Until when the response stays fresh, or null when the server does not say. max-age wins over Expires
     * (RFC 9111, 5.3); Expires is read against the server's own Date header, so a skewed server clock does no harm.
     */
    static Instant freshUntil(HttpHeaders headers, Instant now) {
        Optional<String> cacheControl = headers.firstValue("Cache-Control");
        if (cacheControl.isPresent()) {
            Matcher matcher = MAX_AGE.matcher(cacheControl.get().toLowerCase(Locale.ROOT));
            if (matcher.find()) {
                long seconds = Long.parseLong(matcher.group(1));
                return seconds > 0 ? now.plusSeconds(seconds) : null;
            }
        }
        Instant expires = headers.firstValue("Expires").map(ServerHints::httpDate).orElse(null);
        if (expires == null) {
            return null;
        }
        Instant serverNow = headers.firstValue("Date").map(ServerHints::httpDate).orElse(now);
        Duration lifetime = Duration.between(serverNow, expires);
        return lifetime.isNegative() || lifetime.isZero() ? null : now.plus(lifetime);
    }

    /** The moment a Retry-After header (seconds or an HTTP date) allows the next request, or null. */
    static Instant retryAt(HttpHeaders headers, Instant now) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse("");
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 10 ? null : now.plusSeconds(Long.parseLong(value));
        }
        Instant date = httpDate(value);
        return date == null || !date.isAfter(now) ? null : date;
    }

    /** An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), or null. */
    static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
