package de.presseschau.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor(new HtmlSanitizer());

    /** One saved page of {@code src/test/resources/extract/pages} with the snippets its body must and must not hold. */
    record Expectation(String file, String url, List<String> with, List<String> without) {

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Expectation> realPages() throws IOException {
        try (InputStream in = resource("expectations.json")) {
            List<Expectation> pages = new ArrayList<>();
            for (JsonNode row : new ObjectMapper().readTree(in)) {
                pages.add(new Expectation(row.get("file").asText(), row.get("url").asText(),
                        strings(row.get("with")), strings(row.get("without"))));
            }
            return pages;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realPages")
    void findsTheWholeBodyOfRealPagesAndNothingAround(Expectation page) {
        ExtractedArticle article = extractor.extract(gunzip(page.file()), null, page.url());
        String text = normalized(article.contentText());

        for (String snippet : page.with()) {
            assertTrue(text.contains(normalized(snippet)), () -> "missing \"" + snippet + "\" in\n" + text);
        }
        for (String snippet : page.without()) {
            assertFalse(text.contains(normalized(snippet)), () -> "boilerplate \"" + snippet + "\" in\n" + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realPages")
    void returnsSanitizedHtmlWithAbsoluteUrls(Expectation page) {
        ExtractedArticle article = extractor.extract(gunzip(page.file()), null, page.url());

        assertTrue(article.hasBody());
        assertFalse(article.contentHtml().contains("<script"));
        assertFalse(article.contentHtml().contains(" style="));
        assertFalse(article.contentHtml().matches("(?s).*(href|src)=\"(?!https?://|mailto:).*"), article.contentHtml());
    }

    @Test
    void keepsLeadSubheadingsListsAndQuotesButDropsChrome() {
        String page = """
                <html><head><title>Neue Radwege für Leipzig | Beispiel Zeitung</title></head><body>
                <header class="site-header"><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav></header>
                <div class="cookie-consent">Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.</div>
                <main><article>
                  <h1>Neue Radwege für Leipzig</h1>
                  <p class="article-lead">Die Stadt baut bis 2026 dreißig Kilometer neue Radwege, vor allem im Osten.</p>
                  <div class="share-bar"><a href="#">Teilen</a> <a href="#">Twittern</a></div>
                  <div class="article-body">
                    <p>Der Stadtrat hat am Mittwoch mit großer Mehrheit beschlossen, das Radnetz auszubauen, und dafür
                       zwölf Millionen Euro bereitgestellt, die zum Teil aus Fördermitteln des Bundes stammen.</p>
                    <div class="ad-slot"><span>Anzeige</span><a href="https://ads.example/">Jetzt kaufen</a></div>
                    <h2>Was sich ändert</h2>
                    <p>Geplant sind geschützte Spuren, breitere Wege an Kreuzungen und neue Abstellanlagen, die an
                       allen größeren Haltestellen entstehen sollen, sagte die Baubürgermeisterin.</p>
                    <ul><li>Karl-Liebknecht-Straße</li><li>Eisenbahnstraße</li></ul>
                    <blockquote>„Wir holen nach, was Jahrzehnte liegen geblieben ist“, sagte sie.</blockquote>
                    <aside class="box"><h3>Mehr zum Thema</h3><ul>
                      <li><a href="/a">Radentscheid gescheitert</a></li><li><a href="/b">Neue Ampeln</a></li></ul></aside>
                    <div class="infobox"><h4>Lesen Sie auch</h4>
                      <a href="/c">Wie Kopenhagen zur Fahrradstadt wurde</a></div>
                    <p>Die ersten Abschnitte sollen bereits im kommenden Frühjahr fertig sein, heißt es aus dem
                       Rathaus, wo man mit Baukosten von rund vierhundert Euro je Meter rechnet.</p>
                  </div>
                  <section class="related-articles"><h2>Das könnte Sie auch interessieren</h2>
                    <a href="/d">Stau auf der A9</a> <a href="/e">Neue Tram-Linie</a></section>
                </article></main>
                <footer>Impressum Datenschutz Kontakt</footer>
                </body></html>""";

        ExtractedArticle article = extractor.extract(page, "https://zeitung.example/leipzig/radwege");
        String text = article.contentText();

        assertEquals("Neue Radwege für Leipzig", article.title());
        assertTrue(text.startsWith("Die Stadt baut bis 2026"), text);
        assertTrue(text.contains("\n\nWas sich ändert\n\n"), text);
        assertTrue(text.contains("Karl-Liebknecht-Straße\nEisenbahnstraße"), text);
        assertTrue(text.contains("„Wir holen nach"), text);
        assertTrue(text.endsWith("je Meter rechnet."), text);
        for (String chrome : List.of("Neue Radwege für Leipzig", "Start", "Cookies", "Teilen", "Anzeige",
                "Jetzt kaufen", "Mehr zum Thema", "Radentscheid", "Lesen Sie auch", "Kopenhagen",
                "interessieren", "Stau auf der A9", "Impressum")) {
            assertFalse(text.contains(chrome), () -> "\"" + chrome + "\" in\n" + text);
        }
    }

    @Test
    void keepsTheCellsOfATableApartInTheText() {
        String paragraph = "<p>" + "Die Aktie des Baumarktkonzerns fiel am Dienstag deutlich, nachdem er seine Zahlen "
                + "vorgelegt hatte. ".repeat(4) + "</p>";
        String page = "<html><head><title>Baumärkte</title></head><body><nav><a href=\"/\">Start</a></nav><article>"
                + "<h1>Baumärkte</h1>" + paragraph + paragraph + "<table><thead><tr><th>Kürzel</th><th>Wert</th>"
                + "<th>Kurs</th></tr></thead><tbody><tr><td><a href=\"/q?s=HD\">HD</a></td><td>Home Depot</td>"
                + "<td>225,86</td></tr></tbody></table>" + paragraph + "</article></body></html>";

        String text = extractor.extract(page, "https://www.example.de/wirtschaft/baumarkt.html").contentText();

        assertTrue(text.contains("Kürzel Wert Kurs\nHD Home Depot 225,86"), text);
    }

    @Test
    void takesTheMarkedArticleBodyOverLongerChrome() {
        String filler = "Dies ist ein langer Text über etwas ganz anderes, mit Kommas, vielen Kommas, und noch mehr. ";
        String page = "<html><body><div class=\"content\"><div><p>" + filler.repeat(3) + "</p><p>"
                + filler.repeat(3) + "</p></div>"
                + "<div itemprop=\"articleBody\"><p>Der eigentliche Artikel beginnt hier, und er ist lang genug, "
                + "um als Artikel zu gelten, mit einem zweiten Satz.</p><p>" + "Noch ein Absatz mit Inhalt. ".repeat(8)
                + "</p></div></div></body></html>";

        String text = extractor.extract(page, "https://example.de/a").contentText();

        assertTrue(text.startsWith("Der eigentliche Artikel beginnt hier"), text);
        assertFalse(text.contains("etwas ganz anderes"), text);
    }

    @Test
    void trimsTheSiteNameFromTheTitle() {
        String page = "<html><head><title>Regierung stellt Haushalt vor | tagesschau.de</title></head>"
                + "<body><p>Text.</p></body></html>";

        assertEquals("Regierung stellt Haushalt vor", extractor.extract(page, "https://www.tagesschau.de/x").title());
    }

    @Test
    void prefersTheOpenGraphTitle() {
        String page = "<html><head><meta property=\"og:title\" content=\"Bahn streikt erneut\">"
                + "<title>Startseite - Nachrichten</title></head><body><h1>Anderes</h1></body></html>";

        assertEquals("Bahn streikt erneut", extractor.extract(page, "https://example.de/").title());
    }

    @Test
    void pageWithoutTextHasNoBody() {
        ExtractedArticle article = extractor.extract("<html><body><nav><a href=\"/\">Start</a></nav></body></html>",
                "https://example.de/");

        assertFalse(article.hasBody());
    }

    private static String normalized(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static byte[] gunzip(String file) {
        try (InputStream in = new GZIPInputStream(resource(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ArticleExtractorTest.class.getResourceAsStream("/extract/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing test resource extract/" + name);
        }
        return in;
    }

    @Test
    void keepsSubheadingsWhoseAnchorIdSoundsLikeNavigation() {
        String page = """
                <html><body><nav class="menu"><a href="/">Start</a></nav>
                <div class="article-content">
                  <p>Die Stadtwerke haben am Montag einen neuen Plan für die Fernwärme vorgestellt, der bis zum Jahr
                     2035 alle Haushalte im Norden der Stadt erreichen soll, wie ein Sprecher mitteilte.</p>
                  <h3 class="subheading" id="nav_was_kostet_der_anschluss_1">Was kostet der Anschluss?</h3>
                  <p>Für einen Hausanschluss rechnen die Stadtwerke mit Kosten zwischen zwei- und viertausend Euro,
                     je nach Lage des Gebäudes, Länge der Leitung und Zustand der bestehenden Heizung im Keller.</p>
                </div></body></html>
                """;

        String text = extractor.extract(page, "https://zeitung.example/fernwaerme").contentText();

        assertTrue(text.contains("Was kostet der Anschluss?"), text);
        assertFalse(text.contains("Start"), text);
    }

    @Test
    void keepsTheLeadFromAnArticleHeadBlockAboveTheBody() {
        String page = """
                <html><body><div class="site"><a href="/">Startseite</a></div>
                <div class="detail"><div class="articlehead"><div class="text"><h1>Neue Brücke über die Elbe</h1>
                  <p class="subtitle">Nach zehn Jahren Planung beginnt der Bau: Die Brücke soll Pendlern täglich eine
                     halbe Stunde sparen.</p><p class="author">Von Anna Beispiel</p></div></div>
                <div class="social"><ul><li><a href="/teilen">Teilen</a></li><li><a href="/drucken">Drucken</a></li></ul></div>
                <div class="articlebody">
                  <p>Der erste Spatenstich ist für den Frühsommer angesetzt, teilte das Verkehrsministerium mit. Die Kosten werden auf rund 180 Millionen Euro geschätzt, der Bund trägt davon den größten Teil.</p>
                  <p>Anwohner hatten lange gegen die Pläne geklagt, weil sie mehr Verkehr in ihren Straßen fürchten; das Gericht wies die letzte Klage im Frühjahr ab, eine Revision ließ es nicht zu.</p>
                  <p>Die Brücke soll vier Fahrspuren, einen Radweg und einen breiten Fußweg bekommen, der auch für Rollstühle geeignet ist, sagte die Projektleiterin bei der Vorstellung der Pläne.</p>
                  <p>Während der Bauzeit bleibt die Fähre in Betrieb, sie soll sogar häufiger fahren, damit Pendler und Schüler nicht auf lange Umwege über die Autobahn ausweichen müssen.</p>
                  <p>Fertig sein soll die Brücke nach derzeitiger Planung in vier Jahren, also rechtzeitig vor der Landesgartenschau, die am anderen Ufer geplant ist und viele Besucher anziehen soll.</p>
                </div></div></body></html>
                """;

        String text = extractor.extract(page, "https://zeitung.example/bruecke").contentText();

        assertTrue(text.startsWith("Nach zehn Jahren Planung beginnt der Bau"), text);
        assertTrue(text.contains("Revision ließ es nicht zu."), text);
    }
}
