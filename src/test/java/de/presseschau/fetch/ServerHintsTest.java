package de.presseschau.fetch;

import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ServerHintsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T13:00:00Z");

    private static HttpHeaders headers(String... nameAndValue) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (int i = 0; i < nameAndValue.length; i += 2) {
            map.put(nameAndValue[i], List.of(nameAndValue[i + 1]));
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    @Test
    void readsMaxAgeAndPrefersItToExpires() {
        assertEquals(NOW.plusSeconds(900), ServerHints.freshUntil(headers("Cache-Control", "public, max-age=900"), NOW));
        assertEquals(NOW.plusSeconds(60), ServerHints.freshUntil(headers("Cache-Control", "max-age=60",
                "Expires", "Fri, 27 Nov 2026 20:00:00 GMT"), NOW));
        assertNull(ServerHints.freshUntil(headers("Cache-Control", "no-cache"), NOW));
        assertNull(ServerHints.freshUntil(headers("Cache-Control", "max-age=0"), NOW));
    }

    @Test
    void readsExpiresAgainstTheServersOwnClock() {
        // The server's clock is an hour behind ours; its Expires means "in two hours" all the same.
        HttpHeaders skewed = headers("Date", "Fri, 27 Nov 2026 12:00:00 GMT", "Expires", "Fri, 27 Nov 2026 14:00:00 GMT");

        assertEquals(NOW.plus(Duration.ofHours(2)), ServerHints.freshUntil(skewed, NOW));
        assertNull(ServerHints.freshUntil(headers("Expires", "0"), NOW));
        assertNull(ServerHints.freshUntil(headers("Expires", "Thu, 01 Jan 1970 00:00:00 GMT"), NOW));
    }

    @Test
    void readsRetryAfterInSecondsOrAsADate() {
        assertEquals(NOW.plusSeconds(120), ServerHints.retryAt(headers("Retry-After", "120"), NOW));
        assertEquals(Instant.parse("2026-11-27T15:30:00Z"),
                ServerHints.retryAt(headers("Retry-After", "Fri, 27 Nov 2026 15:30:00 GMT"), NOW));
        assertNull(ServerHints.retryAt(headers("Retry-After", "bald"), NOW));
        assertNull(ServerHints.retryAt(headers(), NOW));
    }
}
