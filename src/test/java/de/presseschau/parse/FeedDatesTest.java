package de.presseschau.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dates as feeds write them, checked against feedparser's own date cases and German feeds. */
class FeedDatesTest {

    /** feedparser's RFC 822, W3C-DTF and asctime cases; its Greek, Hungarian, Korean and Perforce ones are not ours. */
    private static final Set<String> OUR_FORMATS = Set.of("_parse_date_rfc822", "_parse_date_w3dtf", "_parse_date_asctime");

    @Test
    void readsEveryRfc822W3cAndAsctimeCaseOfFeedparsersSuite() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/parse/feedparser/date-parsers.json")) {
            cases = new ObjectMapper().readTree(in).path("cases");
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JsonNode test : cases) {
            if (!OUR_FORMATS.contains(test.path("parser").asText())) {
                continue;
            }
            checked++;
            JsonNode utc = test.path("expected_utc");
            Instant expected = utc.isNull() ? null : LocalDateTime.of(utc.path("year").asInt(), utc.path("month").asInt(),
                    utc.path("day").asInt(), utc.path("hour").asInt(), utc.path("minute").asInt(),
                    utc.path("second").asInt()).toInstant(ZoneOffset.UTC);
            Instant got = FeedDates.parse(test.path("input").asText());
            if (expected == null ? got != null : !expected.equals(got)) {
                wrong.add(test.path("input").asText() + " -> " + got + " (expected " + expected + ")");
            }
        }

        assertEquals(55, checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void readsGermanDayAndMonthNames() {
        assertEquals(Instant.parse("2017-01-06T09:00:00Z"), FeedDates.parse("Fr, 06 Jan 2017 10:00:00 +0100"));
        assertEquals(Instant.parse("2015-03-03T13:05:00Z"), FeedDates.parse("Di, 03 Mär 2015 14:05:00 MEZ"));
        assertEquals(Instant.parse("2023-10-11T06:00:00Z"), FeedDates.parse("Mi, 11. Okt. 2023 08:00:00 MESZ"));
        assertEquals(Instant.parse("2019-12-24T00:00:00Z"), FeedDates.parse("24 Dez 19"));
    }

    @Test
    void takesADateWithoutZoneAsUtcAndRefusesWhatIsNoDate() {
        assertEquals(Instant.parse("2024-05-01T09:30:00Z"), FeedDates.parse("2024-05-01 09:30"));
        assertEquals(Instant.parse("2024-05-01T09:30:00Z"), FeedDates.parse("Wed, 01 May 2024 09:30:00"));
        assertEquals(null, FeedDates.parse("gestern"));
        assertEquals(null, FeedDates.parse("31.02.2024"));
    }
}
