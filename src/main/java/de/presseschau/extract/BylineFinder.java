package de.presseschau.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Finds who wrote an article and when it was published, as the page states it: JSON-LD, meta tags, then markup. */
final class BylineFinder {

    /** The author and publication time a page states; either may be null. */
    record Byline(String author, Instant publishedAt) {
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Evaluator DATE_META = QueryParser.parse("meta[property=article:published_time], meta[name=article:published_time], "
            + "meta[itemprop=datePublished], meta[name=date], meta[name=publishdate], meta[name=pubdate], "
            + "meta[name=dc.date.issued], meta[name=DC.date.issued], meta[name=dcterms.date], meta[property=og:published_time]");
    private static final Evaluator AUTHOR_MARKUP = QueryParser.parse("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], "
            + "[rel=author], .author-name, .byline__author, .article-author, .author");
    private static final Pattern BY_PREFIX = Pattern.compile("^(von|by|autor(in)?:|text:)\\s+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_AUTHOR = 120;
    private static final Evaluator TIME_MARKUP = QueryParser.parse("[itemprop=datePublished][datetime], "
            + "[itemprop=datePublished][content], article time[datetime], main time[datetime], time[pubdate][datetime]");
    private static final Evaluator SITE_NAME = QueryParser.parse("meta[property=og:site_name]");
    private static final List<Evaluator> AUTHOR_META = List.of(QueryParser.parse("meta[name=author]"),
            QueryParser.parse("meta[property=article:author]"), QueryParser.parse("meta[name=dc.creator]"));

    Byline find(Document document, StructuredData data) {
        return new Byline(author(document, data), publishedAt(document, data));
    }

    private static String author(Document document, StructuredData data) {
        String siteName = meta(document, SITE_NAME);
        if (!data.authors().isEmpty()) {
            String joined = String.join(", ", data.authors());
            if (isPersonLike(joined, siteName)) {
                return joined;
            }
        }
        for (Evaluator selector : AUTHOR_META) {
            String value = meta(document, selector);
            if (isPersonLike(value, siteName)) {
                return value;
            }
        }
        for (Element element : document.select(AUTHOR_MARKUP)) {
            String value = BY_PREFIX.matcher(element.text().strip()).replaceFirst("");
            if (isPersonLike(value, siteName)) {
                return value;
            }
        }
        return null;
    }

    /** Not empty, not a link, not the site's own name, short enough to be names rather than a bio. */
    private static boolean isPersonLike(String value, String siteName) {
        if (value == null || value.isBlank() || value.length() > MAX_AUTHOR || value.startsWith("http")) {
            return false;
        }
        String lower = value.toLowerCase(Locale.GERMAN);
        return siteName.isEmpty() || !lower.equals(siteName.toLowerCase(Locale.GERMAN));
    }

    private static Instant publishedAt(Document document, StructuredData data) {
        Instant fromData = parse(data.datePublished());
        if (fromData != null) {
            return fromData;
        }
        for (Element meta : document.select(DATE_META)) {
            Instant parsed = parse(meta.attr("content"));
            if (parsed != null) {
                return parsed;
            }
        }
        Element time = document.selectFirst(TIME_MARKUP);
        if (time != null) {
            return parse(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
        }
        return null;
    }

    private static String meta(Document document, Evaluator selector) {
        Element meta = document.selectFirst(selector);
        return meta == null ? "" : meta.attr("content").strip();
    }

    /** ISO-8601 with or without offset, seconds or time; a time without offset is German time. Null when unreadable. */
    static Instant parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip().replace(' ', 'T');
        // "+0200" is common but not ISO; make it "+02:00".
        text = text.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // try the forms without offset below
        }
        try {
            return LocalDateTime.parse(text).atZone(BERLIN).toInstant();
        } catch (DateTimeParseException e) {
            // try a plain date below
        }
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text, DateTimeFormatter.ISO_LOCAL_DATE)
                    .atStartOfDay(BERLIN).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
