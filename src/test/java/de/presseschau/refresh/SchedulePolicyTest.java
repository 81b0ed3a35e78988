package de.presseschau.refresh;

import de.presseschau.model.Feed;
import de.presseschau.model.FeedHealth;
import de.presseschau.model.FeedStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedulePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-27T13:00:00Z");

    private final SchedulePolicy policy = new SchedulePolicy(ScheduleSettings.defaults(), new SplittableRandom(7));

    /** {@code count} entries, one every {@code gap}, the newest just now. */
    private static List<Instant> every(Duration gap, int count) {
        List<Instant> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(NOW.minus(gap.multipliedBy(i)));
        }
        return dates;
    }

    private static Feed failing(int errorCount) {
        return new Feed(1, "http://example.org/feed", null, "Politik", true, FeedStatus.ERROR, "x", NOW, null, null,
                null, null, new FeedHealth(NOW, Duration.ofMinutes(30), NOW, errorCount, "http_status", 500));
    }

    @Test
    void aBusyFeedIsCheckedAtTheFloor() {
        Schedule schedule = policy.afterFetched(every(Duration.ofMinutes(2), 20), null, null, NOW);

        assertEquals(Duration.ofMinutes(10), schedule.interval());
        assertEquals(NOW.plus(Duration.ofMinutes(10)), schedule.next());
    }

    @Test
    void aFeedPublishingHourlyIsCheckedAboutHourly() {
        Schedule schedule = policy.afterFetched(every(Duration.ofHours(1), 20), null, null, NOW);

        // Ten entries an hour apart, the newest now: the span to now is 9 h over 10 entries.
        assertEquals(Duration.ofMinutes(54), schedule.interval());
    }

    @Test
    void aQuietFeedIsCheckedAtTheCeiling() {
        Schedule schedule = policy.afterFetched(every(Duration.ofDays(2), 10), null, null, NOW);

        assertEquals(Duration.ofHours(6), schedule.interval());
    }

    @Test
    void aFeedThatStoppedPublishingSlowsDownAlthoughItsEntriesWereClose() {
        List<Instant> burstLongAgo = every(Duration.ofMinutes(1), 10).stream().map(d -> d.minus(Duration.ofDays(3))).toList();

        assertEquals(Duration.ofHours(6), policy.afterFetched(burstLongAgo, null, null, NOW).interval());
    }

    @Test
    void aFeedWithoutDatesGetsTheDefaultInterval() {
        List<Instant> undated = new ArrayList<>();
        undated.add(null);
        undated.add(null);

        assertEquals(Duration.ofMinutes(30), policy.afterFetched(undated, null, null, NOW).interval());
    }

    @Test
    void theServersTtlOrMaxAgeWinsWhenLongerThanTheRhythm() {
        List<Instant> busy = every(Duration.ofMinutes(2), 20);

        assertEquals(NOW.plus(Duration.ofMinutes(60)), policy.afterFetched(busy, Duration.ofMinutes(60), null, NOW).next());
        assertEquals(NOW.plus(Duration.ofHours(3)),
                policy.afterFetched(busy, Duration.ofMinutes(60), NOW.plus(Duration.ofHours(3)), NOW).next());
        assertEquals(NOW.plus(Duration.ofMinutes(10)),
                policy.afterFetched(busy, Duration.ofMinutes(1), NOW.plusSeconds(30), NOW).next(), "shorter wishes change nothing");
        assertEquals(NOW.plus(Duration.ofHours(24)),
                policy.afterFetched(busy, null, NOW.plus(Duration.ofDays(365)), NOW).next(), "a year of max-age counts as a day");
    }

    @Test
    void aNotModifiedFeedKeepsItsInterval() {
        Schedule schedule = policy.afterNotModified(failing(0), null, NOW);

        assertEquals(Duration.ofMinutes(30), schedule.interval());
        assertEquals(NOW.plus(Duration.ofMinutes(30)), schedule.next());
    }

    @Test
    void failuresBackOffExponentiallyWithJitterUpToTheCap() {
        Duration[] full = {Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(40), Duration.ofMinutes(80)};
        for (int before = 0; before < full.length; before++) {
            for (int run = 0; run < 50; run++) {
                Duration delay = Duration.between(NOW, policy.afterFailure(failing(before), 500, null, NOW).next());
                assertTrue(delay.compareTo(full[before].dividedBy(2)) >= 0 && delay.compareTo(full[before]) <= 0,
                        "failure " + (before + 1) + ": " + delay);
            }
        }
        Duration capped = Duration.between(NOW, policy.afterFailure(failing(40), 500, null, NOW).next());
        assertTrue(capped.compareTo(Duration.ofHours(12)) >= 0 && capped.compareTo(Duration.ofHours(24)) <= 0, capped.toString());
        assertNull(policy.afterFailure(failing(0), 500, null, NOW).interval());
    }

    @Test
    void jitterSpreadsFeedsThatFailedTogether() {
        long distinct = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> policy.afterFailure(failing(3), 503, null, NOW).next()).distinct().count();

        assertTrue(distinct > 10, "only " + distinct + " different retry times");
    }

    @Test
    void retryAfterIsHonouredWhenLaterThanTheBackoff() {
        Instant asked = NOW.plus(Duration.ofHours(2));

        assertEquals(asked, policy.afterFailure(failing(0), 429, asked, NOW).next());
        Instant early = NOW.plusSeconds(1);
        assertTrue(policy.afterFailure(failing(0), 503, early, NOW).next().isAfter(NOW.plus(Duration.ofMinutes(4))));
    }

    @Test
    void aGoneFeedIsTriedAboutOnceADay() {
        Duration delay = Duration.between(NOW, policy.afterFailure(failing(0), 410, null, NOW).next());

        assertTrue(delay.compareTo(Duration.ofHours(12)) >= 0 && delay.compareTo(Duration.ofHours(24)) <= 0, delay.toString());
    }
}
