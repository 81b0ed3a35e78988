package de.presseschau.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites German day and month abbreviations in feed dates ("Fr, 06 Jan 2017", "03 Mär 2015") into English. */
final class GermanDates {

    private static final Pattern DATE_ELEMENT = Pattern.compile(
            "(<(?:[A-Za-z0-9_-]+:)?(?:pubDate|lastBuildDate|date|published|updated|issued|modified|created)>)"
                    + "([^<]{6,80})(</)");
    private static final Pattern GERMAN_WEEKDAY = Pattern.compile("^(\\s*)(Mo|Di|Mi|Do|Fr|Sa|So)\\.?,");
    private static final Pattern GERMAN_MONTH = Pattern.compile("(?<=\\d\\.?\\s)(Jän|Jan|Feb|Mär|Mrz|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\\.?(?=\\s)");

    private GermanDates() {
    }

    static String normalize(String xml) {
        Matcher element = DATE_ELEMENT.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (element.find()) {
            String date = english(element.group(2));
            element.appendReplacement(out, Matcher.quoteReplacement(element.group(1) + date + element.group(3)));
        }
        element.appendTail(out);
        return out.toString();
    }

    private static String english(String date) {
        Matcher weekday = GERMAN_WEEKDAY.matcher(date);
        String result = weekday.find()
                ? weekday.group(1) + switch (weekday.group(2)) {
                    case "Mo" -> "Mon";
                    case "Di" -> "Tue";
                    case "Mi" -> "Wed";
                    case "Do" -> "Thu";
                    case "Fr" -> "Fri";
                    case "Sa" -> "Sat";
                    default -> "Sun";
                } + "," + date.substring(weekday.end())
                : date;
        Matcher month = GERMAN_MONTH.matcher(result);
        StringBuilder out = new StringBuilder();
        while (month.find()) {
            String english = switch (month.group(1)) {
                case "Jän" -> "Jan";
                case "Mär", "Mrz" -> "Mar";
                case "Mai" -> "May";
                case "Okt" -> "Oct";
                case "Dez" -> "Dec";
                default -> month.group(1);
            };
            month.appendReplacement(out, english);
        }
        month.appendTail(out);
        return out.toString();
    }
}
