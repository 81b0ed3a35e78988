package de.presseschau.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds write: RFC 822 and its variants (no weekday, no seconds, two-digit years, long or German
 * day and month names, named or missing zones), W3C-DTF / ISO 8601 (date only, no zone, fractions, a space for the
 * T) and asctime. A date without a zone is taken as UTC. Anything else gives null, never a guess.
 */
final class FeedDates {

    private static final Pattern RFC_822 = Pattern.compile(
            "(?:([A-Za-zäÄ]{2,10})\\.?\\s*,?\\s*)?(\\d{1,2})\\.?[\\s-]+([A-Za-zäÄ]{3,10})\\.?,?[\\s-]+(\\d{4}|\\d{2})"
                    + "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?\\s*(.*)");
    /** "Thu Aug 30 2012 17:26:16 +0200", asctime "Sun Jan  4 16:29:06 2004" and "Sun Jul 15 01:16:00 +0000 2012". */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?:[A-Za-z]{3,10},?\\s+)?([A-Za-z]{3,10})\\s+(\\d{1,2}),?\\s+(?:(\\d{4})\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*([^\\d\\s][^\\s]*|[+-]\\d{4})?\\s*(\\d{4})?");
    private static final Pattern W3C_DTF = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T\\s]+(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET = Pattern.compile("(?:gmt|utc|ut)?([+-])(\\d{1,2}):?(\\d{2})?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("jän", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("mär", 3),
            Map.entry("mrz", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mai", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("okt", 10),
            Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("dez", 12));

    /** Named zones, in hours from UTC: RFC 822's, the American short forms and the Central European ones. */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("", 0), Map.entry("z", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0),
            Map.entry("etc/gmt", 0), Map.entry("wet", 0), Map.entry("bst", 1), Map.entry("cet", 1), Map.entry("met", 1),
            Map.entry("mez", 1), Map.entry("cest", 2), Map.entry("mest", 2), Map.entry("mesz", 2),
            Map.entry("at", -4), Map.entry("adt", -3), Map.entry("ast", -4), Map.entry("et", -5), Map.entry("est", -5),
            Map.entry("edt", -4), Map.entry("ct", -6), Map.entry("cst", -6), Map.entry("cdt", -5), Map.entry("mt", -7),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pt", -8), Map.entry("pst", -8), Map.entry("pdt", -7));

    private FeedDates() {
    }

    /** The instant {@code text} names, or null when it is no date we can read. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String date = text.strip().replaceAll("\\s+", " ");
        if (date.isEmpty()) {
            return null;
        }
        try {
            Matcher w3c = W3C_DTF.matcher(date);
            if (w3c.matches()) {
                return w3c(w3c);
            }
            Matcher rfc = RFC_822.matcher(date);
            if (rfc.matches()) {
                return rfc822(rfc);
            }
            Matcher monthFirst = MONTH_FIRST.matcher(date);
            if (monthFirst.matches()) {
                return monthFirst(monthFirst);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // Out of range (day 99, hour 25): not a date, as the javadoc promises.
        }
        return null;
    }

    private static Instant w3c(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        LocalDateTime local = m.group(4) == null
                ? LocalDate.of(year, month, day).atStartOfDay()
                : LocalDateTime.of(year, month, day, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        ZoneOffset offset = zone(m.group(7) == null ? "" : m.group(7));
        return offset == null ? null : local.toInstant(offset);
    }

    private static Instant rfc822(Matcher m) {
        Integer month = month(m.group(3));
        ZoneOffset offset = zone(m.group(8));
        if (month == null || offset == null) {
            return null;
        }
        int year = year(m.group(4));
        LocalDateTime local = m.group(5) == null
                ? LocalDate.of(year, month, Integer.parseInt(m.group(2))).atStartOfDay()
                : LocalDateTime.of(year, month, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6)), m.group(7) == null ? 0 : Integer.parseInt(m.group(7)));
        return local.toInstant(offset);
    }

    private static Instant monthFirst(Matcher m) {
        Integer month = month(m.group(1));
        String yearText = m.group(3) != null ? m.group(3) : m.group(8);
        ZoneOffset offset = zone(m.group(7) == null ? "" : m.group(7));
        if (month == null || yearText == null || offset == null || m.group(3) != null && m.group(8) != null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(yearText), month, Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return local.toInstant(offset);
    }

    /** "Jan", "January", "Mär", "März", "Okt.": the first three letters decide. */
    private static Integer month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("märz")) {
            key = "mär";
        }
        return key.length() < 3 ? null : MONTHS.get(key.substring(0, 3));
    }

    /** Two-digit years are this century up to 69 ("04" is 2004), the last one from 70 on, as RFC 2822 says. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < 70 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static ZoneOffset zone(String text) {
        String zone = text.strip().toLowerCase(Locale.ROOT);
        Integer hours = ZONES.get(zone);
        if (hours != null) {
            return ZoneOffset.ofHours(hours);
        }
        Matcher offset = OFFSET.matcher(zone);
        if (!offset.matches()) {
            return null;
        }
        int h = Integer.parseInt(offset.group(2));
        int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
        if (h > 18 || minutes > 59) {
            return null;
        }
        int sign = offset.group(1).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * h, sign * minutes);
    }
}
