package de.presseschau.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Says when something happened the way a German reader expects it: "vor 5 Minuten" or "27.11.2026, 14:05". */
public final class GermanTime {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

    private final Clock clock;

    public GermanTime(Clock clock) {
        this.clock = clock;
    }

    /** Relative while it is recent (under a day), else the Berlin date and time. */
    public String label(Instant instant) {
        Duration age = Duration.between(instant, clock.instant());
        if (age.isNegative()) {
            // A feed's clock running a little ahead is still "now"; anything further ahead gets its real date.
            return age.compareTo(Duration.ofMinutes(-1)) > 0 ? "gerade eben" : dateTime(instant);
        }
        if (age.compareTo(Duration.ofMinutes(1)) < 0) {
            return "gerade eben";
        }
        if (age.compareTo(Duration.ofHours(1)) < 0) {
            long minutes = age.toMinutes();
            return minutes == 1 ? "vor 1 Minute" : "vor " + minutes + " Minuten";
        }
        if (age.compareTo(Duration.ofDays(1)) < 0) {
            long hours = age.toHours();
            return hours == 1 ? "vor 1 Stunde" : "vor " + hours + " Stunden";
        }
        return dateTime(instant);
    }

    /** "27.11.2026, 14:05" in Berlin time. */
    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(BERLIN));
    }

    /** ISO-8601 with Berlin's offset of that day, to the second: "2026-11-27T14:05:00+01:00". */
    public String iso(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(BERLIN));
    }

    /** All three forms at once for a {@code <time>} element; null when there is no time. */
    public Moment moment(Instant instant) {
        return instant == null ? null : new Moment(iso(instant), label(instant), dateTime(instant) + " Uhr");
    }

    /** A point in time as a page shows it: machine-readable, as read, and in full for the tooltip. */
    public record Moment(String iso, String label, String full) {
    }
}
