package de.presseschau.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The date filter of the search: {@code since} and {@code until} as days (2026-11-01, Berlin time, both included)
 * or ISO instants, or a {@code zeitraum} counted back from now (tag, woche, monat, jahr). Null ends are open.
 */
record SearchPeriod(Instant since, Instant until, String period) {

    /** The choices of the "Zeitraum" select, by parameter value, with their German labels. */
    static final Map<String, String> PERIODS = periods();

    private static final Map<String, Duration> LENGTHS = Map.of("tag", Duration.ofDays(1), "woche", Duration.ofDays(7),
            "monat", Duration.ofDays(30), "jahr", Duration.ofDays(365));

    static SearchPeriod of(Context ctx, Clock clock) {
        Instant since = moment(ctx, "since", false);
        Instant until = moment(ctx, "until", true);
        String period = ctx.queryParam("zeitraum");
        if (period != null && !period.isBlank()) {
            Duration length = LENGTHS.get(period.strip());
            if (length == null) {
                throw new BadRequestResponse("Unbekannter Zeitraum „" + period + "“: erlaubt sind "
                        + String.join(", ", LENGTHS.keySet()) + ".");
            }
            Instant start = clock.instant().minus(length);
            since = since == null || start.isAfter(since) ? start : since;
            period = period.strip();
        } else {
            period = null;
        }
        return new SearchPeriod(since, until, period);
    }

    /** A day given as {@code 2026-11-01} or an ISO instant; an end day counts up to its last moment. */
    private static Instant moment(Context ctx, String name, boolean isEnd) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (isEnd ? day.plusDays(1) : day).atStartOfDay(GermanTime.BERLIN).toInstant();
            }
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("Der Parameter „" + name + "“ muss ein Datum wie 2026-11-01 sein.");
        }
    }

    /** The day of {@code since} for the form's date field, or empty. */
    String sinceDay() {
        return since == null || period != null ? "" : since.atZone(GermanTime.BERLIN).toLocalDate().toString();
    }

    /** The last day included, for the form's date field, or empty. */
    String untilDay() {
        return until == null ? "" : until.minusMillis(1).atZone(GermanTime.BERLIN).toLocalDate().toString();
    }

    private static Map<String, String> periods() {
        Map<String, String> periods = new LinkedHashMap<>();
        periods.put("tag", "letzte 24 Stunden");
        periods.put("woche", "letzte 7 Tage");
        periods.put("monat", "letzte 30 Tage");
        periods.put("jahr", "letztes Jahr");
        return periods;
    }
}
