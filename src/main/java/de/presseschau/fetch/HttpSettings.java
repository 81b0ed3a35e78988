package de.presseschau.fetch;

import java.time.Duration;

/** Limits and identity for every HTTP request Presseschau makes. */
public record HttpSettings(Duration connectTimeout, Duration totalTimeout, long maxBodyBytes,
                           int maxRedirects, String userAgent) {

    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5,
                "Presseschau/0.1 (self-hosted news reader)");
    }
}
