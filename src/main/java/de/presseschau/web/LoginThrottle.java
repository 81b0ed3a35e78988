package de.presseschau.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per client address: after a few wrong passwords each further try must wait,
 * twice as long each time, up to a quarter of an hour.
 */
final class LoginThrottle {

    private static final int FREE_ATTEMPTS = 5;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant nextTry) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must still wait before it may try again; zero when it may try now. */
    Duration waitFor(String address) {
        Failures current = failures.get(address);
        if (current == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), current.nextTry());
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    void failed(String address) {
        failures.compute(address, (key, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            Duration wait = count < FREE_ATTEMPTS ? Duration.ZERO
                    : min(Duration.ofSeconds(1L << Math.min(count - FREE_ATTEMPTS, 20)), MAX_WAIT);
            return new Failures(count, clock.instant().plus(wait));
        });
    }

    void succeeded(String address) {
        failures.remove(address);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
