package de.presseschau.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Signed-in browsers, by an unguessable cookie value; they expire after a month and with a restart. */
final class Sessions {

    static final Duration LIFETIME = Duration.ofDays(30);

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    String open() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(token, clock.instant().plus(LIFETIME));
        return token;
    }

    boolean isValid(String token) {
        if (token == null) {
            return false;
        }
        Instant expiry = expiries.get(token);
        if (expiry == null) {
            return false;
        }
        if (clock.instant().isAfter(expiry)) {
            expiries.remove(token);
            return false;
        }
        return true;
    }

    void close(String token) {
        if (token != null) {
            expiries.remove(token);
        }
    }
}
