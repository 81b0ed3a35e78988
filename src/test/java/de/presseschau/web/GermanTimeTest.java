package de.presseschau.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GermanTimeTest {

    // 27.11.2026, 14:05 in Berlin (winter time, UTC+1).
    private static final Instant NOW = Instant.parse("2026-11-27T13:05:00Z");

    private final GermanTime time = new GermanTime(Clock.fixed(NOW, ZoneOffset.UTC));

    private String ago(Duration age) {
        return time.label(NOW.minus(age));
    }

    @Test
    void underAMinuteIsJustNow() {
        assertEquals("gerade eben", ago(Duration.ZERO));
        assertEquals("gerade eben", ago(Duration.ofSeconds(59)));
    }

    @Test
    void countsMinutesWithTheRightGrammaticalNumber() {
        assertEquals("vor 1 Minute", ago(Duration.ofSeconds(60)));
        assertEquals("vor 1 Minute", ago(Duration.ofSeconds(119)));
        assertEquals("vor 2 Minuten", ago(Duration.ofMinutes(2)));
        assertEquals("vor 59 Minuten", ago(Duration.ofMinutes(59).plusSeconds(59)));
    }

    @Test
    void countsHoursWithinTheLastDay() {
        assertEquals("vor 1 Stunde", ago(Duration.ofMinutes(60)));
        assertEquals("vor 1 Stunde", ago(Duration.ofMinutes(119)));
        assertEquals("vor 5 Stunden", ago(Duration.ofHours(5)));
        assertEquals("vor 23 Stunden", ago(Duration.ofHours(24).minusSeconds(1)));
    }

    @Test
    void olderTimesShowTheBerlinDateAndTime() {
        assertEquals("26.11.2026, 14:05", ago(Duration.ofHours(24)));
        assertEquals("03.01.2025, 08:30", time.label(Instant.parse("2025-01-03T07:30:00Z")));
    }

    @Test
    void aSlightlyFastFeedClockIsStillNowButTheFarFutureShowsItsDate() {
        assertEquals("gerade eben", time.label(NOW.plusSeconds(30)));
        assertEquals("27.11.2026, 16:05", time.label(NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void usesSummerTimeOffsetInSummerAndWinterOffsetInWinter() {
        Instant summer = Instant.parse("2026-07-15T12:05:00Z");
        Instant winter = Instant.parse("2026-01-15T12:05:00Z");

        assertEquals("15.07.2026, 14:05", time.dateTime(summer));
        assertEquals("2026-07-15T14:05:00+02:00", time.iso(summer));
        assertEquals("15.01.2026, 13:05", time.dateTime(winter));
        assertEquals("2026-01-15T13:05:00+01:00", time.iso(winter));
    }

    @Test
    void theHourAfterTheAutumnClockChangeIsCountedInRealTime() {
        // 25.10.2026: clocks go back from 03:00 to 02:00 in Berlin; 02:30 happens twice.
        GermanTime afterChange = new GermanTime(Clock.fixed(Instant.parse("2026-10-25T01:30:00Z"), ZoneOffset.UTC));
        Instant firstHalfPastTwo = Instant.parse("2026-10-25T00:30:00Z");

        assertEquals("vor 1 Stunde", afterChange.label(firstHalfPastTwo));
        assertEquals("2026-10-25T02:30:00+02:00", afterChange.iso(firstHalfPastTwo));
        assertEquals("2026-10-25T02:30:00+01:00", afterChange.iso(Instant.parse("2026-10-25T01:30:00Z")));
    }

    @Test
    void isoDropsFractionsOfASecond() {
        assertEquals("2026-11-27T14:05:00+01:00", time.iso(NOW.plusMillis(789)));
    }

    @Test
    void aMissingTimeHasNoMoment() {
        assertNull(time.moment(null));
        assertNull(time.iso(null));
    }

    @Test
    void aMomentCarriesAllThreeForms() {
        assertEquals(new GermanTime.Moment("2026-11-27T13:55:00+01:00", "vor 10 Minuten", "27.11.2026, 13:55 Uhr"),
                time.moment(NOW.minus(Duration.ofMinutes(10))));
    }
}
