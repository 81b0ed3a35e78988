package de.presseschau.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The benchmark's made-up German news: feeds of M entries and, for each entry, an article page with site chrome. */
final class BenchContent {

    private static final String[] SENTENCES = {
        "Die Bundesregierung hat am Mittwoch neue Pläne für den Ausbau der Schienenwege vorgestellt.",
        "Nach Angaben des Ministeriums sollen die Arbeiten im kommenden Frühjahr beginnen und fünf Jahre dauern.",
        "Kritiker bemängeln, dass die Finanzierung über das Jahr 2030 hinaus nicht gesichert sei.",
        "Die Länder fordern ein größeres Mitspracherecht bei der Auswahl der Strecken.",
        "„Wir brauchen schnellere Verbindungen zwischen den Großstädten“, sagte die Ministerin in Berlin.",
        "Umweltverbände begrüßten das Vorhaben grundsätzlich, verlangen aber strengere Auflagen für den Naturschutz.",
    };
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final int entries;
    private final Instant now;

    BenchContent(int entries, Instant now) {
        this.entries = entries;
        this.now = now;
    }

    int entries() {
        return entries;
    }

    String feed(int feed, String base) {
        StringBuilder xml = new StringBuilder(entries * 400 + 300);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Testzeitung ")
                .append(feed).append("</title><link>").append(base).append("/</link><description>Nachrichten</description>");
        for (int entry = 0; entry < entries; entry++) {
            String link = base + "/article/" + feed + "-" + entry + ".html";
            xml.append("<item><title>Meldung ").append(entry).append(" aus Feed ").append(feed).append(": Schienenausbau</title>")
                    .append("<link>").append(link).append("?utm_source=rss</link>")
                    .append("<guid isPermaLink=\"false\">feed-").append(feed).append("-entry-").append(entry).append("</guid>")
                    .append("<pubDate>").append(RFC_1123.format(now.minus(Duration.ofMinutes(37L * entry + feed % 30)))).append("</pubDate>")
                    .append("<description>").append(SENTENCES[entry % SENTENCES.length]).append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    String page(int feed, int entry) {
        StringBuilder html = new StringBuilder(12_000);
        html.append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Meldung ").append(entry)
                .append("</title><script>var tracking = {page: 'artikel'};</script></head><body>")
                .append("<header class=\"site-header\"><nav class=\"main-nav\"><ul>");
        for (String section : new String[] {"Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Technik"}) {
            html.append("<li><a href=\"/").append(section.toLowerCase()).append("\">").append(section).append("</a></li>");
        }
        html.append("</ul></nav><div class=\"cookie-banner\">Wir verwenden Cookies. <button>Zustimmen</button></div></header>")
                .append("<main><article class=\"article\"><h1>Meldung ").append(entry).append(" aus Feed ").append(feed)
                .append("</h1><p class=\"lead\">").append(SENTENCES[0]).append("</p><div class=\"article-body\">");
        for (int paragraph = 0; paragraph < 12; paragraph++) {
            html.append("<p>");
            for (int s = 0; s < 3; s++) {
                html.append(SENTENCES[(paragraph + s + entry) % SENTENCES.length]).append(' ');
            }
            html.append("</p>");
            if (paragraph == 5) {
                html.append("<aside class=\"related\"><h3>Mehr zum Thema</h3><ul><li><a href=\"/a\">Bahn erhöht Preise</a></li>"
                        + "<li><a href=\"/b\">Streik im Nahverkehr</a></li></ul></aside>");
            }
        }
        html.append("</div></article><aside class=\"sidebar\"><h3>Meistgelesen</h3><ol>");
        for (int i = 0; i < 8; i++) {
            html.append("<li><a href=\"/meistgelesen/").append(i).append("\">Schlagzeile ").append(i).append("</a></li>");
        }
        return html.append("</ol></aside></main><footer><p>© Testzeitung – Impressum – Datenschutz</p></footer></body></html>")
                .toString();
    }
}
