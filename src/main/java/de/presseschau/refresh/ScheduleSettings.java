package de.presseschau.refresh;

import java.time.Duration;

/**
 * How often feeds are checked: never more often than {@code floor} nor less often than {@code ceiling} while they
 * work; {@code defaultInterval} for feeds whose publishing rhythm is not known; failures back off up to {@code errorCap}.
 */
public record ScheduleSettings(Duration floor, Duration ceiling, Duration defaultInterval, Duration errorCap) {

    public ScheduleSettings {
        if (ceiling.compareTo(floor) < 0) {
            throw new IllegalArgumentException("Der größte Abrufabstand (" + ceiling + ") ist kleiner als der kleinste ("
                    + floor + ")");
        }
    }

    public static ScheduleSettings defaults() {
        return new ScheduleSettings(Duration.ofMinutes(10), Duration.ofHours(6), Duration.ofMinutes(30),
                Duration.ofHours(24));
    }
}
