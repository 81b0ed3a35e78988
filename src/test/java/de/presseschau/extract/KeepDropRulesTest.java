package de.presseschau.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keep and drop rules added for captions, credits, paywalls and the byline, each on a real page or fragment. */
class KeepDropRulesTest {

    private final ArticleExtractor extractor = new ArticleExtractor(new HtmlSanitizer());

    @Test
    void keepsTheCaptionUnderItsImageButDropsThePhotoCredit() {
        ExtractedArticle article = extract(fragment("bmfsfj.de-figure-credit.html"),
                "https://www.bmfsfj.de/bmfsfj/aktuelles/alle-meldungen/g7");

        assertTrue(article.contentHtml().contains("<figcaption>"), article.contentHtml());
        assertTrue(article.contentHtml().contains("Das Bundeskabinett bei seiner Klausurtagung am 21. Januar"));
        assertFalse(article.contentHtml().contains("Steffen Kugler"), article.contentHtml());
        assertTrue(article.contentText().contains("Am 1. Januar hat Deutschland turnusgemäß den Vorsitz"));
    }

    @Test
    void leavesCaptionsOutOfThePlainTextLikeTheImagesThemselves() {
        ExtractedArticle article = extract(fragment("bmfsfj.de-figure-credit.html"),
                "https://www.bmfsfj.de/bmfsfj/aktuelles/alle-meldungen/g7");

        assertFalse(article.contentText().contains("Klausurtagung am 21. Januar, bei der"), article.contentText());
    }

    @Test
    void dropsTheCopyrightLineAndKeepsTheCaptionParagraphOutOfTheText() {
        ExtractedArticle article = extract(fragment("amnesty.de-image-description.html"),
                "https://www.amnesty.de/allgemein/pressemitteilung/autonome-waffensysteme");

        assertFalse(article.contentHtml().contains("Getty Images"), article.contentHtml());
        assertFalse(article.contentText().contains("Protestaktion der Kampagne"), article.contentText());
        assertTrue(article.contentText().contains("Einige Staaten bewegen die Welt auf ein Albtraumszenario zu"));
    }

    @Test
    void recognisesTheZeitPaywallAndKeepsOnlyTheFreeTeaser() {
        ExtractedArticle article = extract(page("zeit.de.klimaschutz-banken.html.gz"), "https://www.zeit.de/2019/43/x");

        assertTrue(article.isPaywalled());
        assertTrue(article.contentText().contains("Touristen und Börsenhändler waren überrascht"));
        assertFalse(article.contentText().contains("Wählen Sie Ihren Zugang"), article.contentText());
    }

    @Test
    void recognisesARegistrationWallAsPaywall() {
        ExtractedArticle article = extract(page("dietagespresse.com-halloween.html.gz"),
                "https://dietagespresse.com/horrorclown/");

        assertTrue(article.isPaywalled());
        assertFalse(article.contentText().contains("Kostenlos registrieren und weiterlesen"), article.contentText());
        assertTrue(article.contentText().contains("kichert der irre Horrorclown"));
    }

    @Test
    void aPaidArticleServedWholeIsNoPaywall() {
        // NZZ marks the body as paid in JSON-LD, yet its page holds the whole text (a registration wall that is lifted).
        ExtractedArticle article = extract(page("nzz.ch.brexit.html.gz"), "https://www.nzz.ch/international/brexit");

        assertNull(article.paywallReason());
        assertTrue(article.contentText().length() > 2000);
    }

    @Test
    void aFreeArticleIsNoPaywall() {
        ExtractedArticle article = extract(page("taz.de.siemens.html.gz"), "https://taz.de/siemens");

        assertFalse(article.isPaywalled());
    }

    @Test
    void readsAuthorAndDateFromJsonLd() {
        ExtractedArticle article = extract(page("zeit.de.klimaschutz-banken.html.gz"), "https://www.zeit.de/2019/43/x");

        assertEquals("Heike Buchter", article.author());
        // The print issue is dated 16 October; the page states the online publication, three days later.
        assertEquals("2019-10-19", article.publishedAt().atZone(ZoneId.of("Europe/Berlin")).toLocalDate().toString());
    }

    @Test
    void readsAuthorFromMetaTagsWhenThereIsNoJsonLd() {
        String html = "<html><head><meta name=\"author\" content=\"Anna Beispiel\">"
                + "<meta property=\"article:published_time\" content=\"2026-11-26T08:15:00+0100\"></head>"
                + "<body><article><p>Ein Absatz, der lang genug ist, um als Artikeltext zu gelten, und nicht mehr.</p>"
                + "</article></body></html>";

        ExtractedArticle article = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://example.org/a");

        assertEquals("Anna Beispiel", article.author());
        assertEquals(Instant.parse("2026-11-26T07:15:00Z"), article.publishedAt());
    }

    @Test
    void takesNoSiteNameForAnAuthor() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"DER SPIEGEL\">"
                + "<meta name=\"author\" content=\"DER SPIEGEL\"></head><body><p>Text.</p></body></html>";

        assertNull(extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://example.org/a").author());
    }

    @Test
    void takesTheArticleOverTheCopyrightNoticeAndAShortTitleBlockWhoseNamesSoundLikeContent() {
        // The body's hover cards make it link-heavy; "copyright" once read as body "copy".
        ExtractedArticle article = extract(fragment("thehill.com-hover-cards-copyright.html"),
                "https://thehill.com/blogs/blog-briefing-room/news/471031");

        assertTrue(article.contentText().contains("Patrick Carlineo Jr., 55, could face up to 10 years"),
                article.contentText());
        assertFalse(article.contentText().contains("Capitol Hill Publishing Corp."), article.contentText());
    }

    @Test
    void aClassNameLikeAPageRootIsNoPager() {
        byte[] html = fragment("lidl.de-apageroot.html");
        Element main = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).selectFirst("main");

        assertFalse(ClassHints.isUnlikelyContent(main));
        assertTrue(extract(html, "https://www.lidl.de/c/nachhaltigkeit-im-onlineshop/s10034038").contentText()
                .contains("Durch den Wegfall des Lieferscheins"));
    }

    @Test
    void keepsTheLinksOfALinkRoundupThatPointToOtherSites() {
        ExtractedArticle article = extract(fragment("nurmeinstandpunkt.wordpress.com-linkroll.html"),
                "https://nurmeinstandpunkt.wordpress.com/2020/01/23/blogposting-01-23-2020/");

        assertTrue(article.contentText().contains("Presseförderung: Studie zweifelt an Stütze vom Staat"),
                article.contentText());
        assertTrue(article.contentText().contains("via netzpolitik.org"));
    }

    @Test
    void dropsALinkListOfTheSitesOwnArticlesThatHoldsNearlyAllTheText() {
        // The same roundup, as if every link led to the blog itself: then it is a box of its own headlines.
        String html = new String(fragment("nurmeinstandpunkt.wordpress.com-linkroll.html"), StandardCharsets.UTF_8)
                .replaceAll("href=\"https?://[^/\"]+", "href=\"https://nurmeinstandpunkt.wordpress.com");

        ExtractedArticle article = extract(html.getBytes(StandardCharsets.UTF_8),
                "https://nurmeinstandpunkt.wordpress.com/2020/01/23/blogposting-01-23-2020/");

        assertFalse(article.contentText().contains("Presseförderung: Studie zweifelt"), article.contentText());
    }

    @Test
    void dropsAHeadingThatIntroducesNothingAtTheEndOfTheBody() {
        ExtractedArticle article = extract(fragment("mdr.de-trailing-label.html"),
                "https://www.mdr.de/thueringen/autohaeuser-oeffnen-100.html");

        assertFalse(article.contentText().contains("Weitere Informationen zum Coronavirus"), article.contentText());
        assertTrue(article.contentText().contains("hatte ein VW-Händler"));
        assertTrue(article.contentText().contains("Autohersteller sollen Produktionen hochfahren"));
    }

    @Test
    void putsTheLeadFromTheArticleHeaderAboveTheBody() {
        ExtractedArticle article = extract(fragment("wien.orf.at-story-lead.html"),
                "https://wien.orf.at/stories/3017954/");

        String text = article.contentText();
        assertTrue(text.startsWith("Die Opernball-Grande-Dame und Burgschauspielerin Lotte Tobisch"), text);
        assertTrue(text.contains("Tobisch starb Samstagfrüh nach langer Krankheit"));
        assertFalse(text.contains("Auf Facebook teilen"), text);
    }

    @Test
    void dropsTheNewsletterSignUpUnderTheArticle() {
        ExtractedArticle article = extract(fragment("refinery29.com-newsletter-pitch.html"),
                "https://www.refinery29.com/de-de/single-weihnachten");

        assertFalse(article.contentText().contains("Melde dich hier für unseren Newsletter an"), article.contentText());
        assertTrue(article.contentText().contains("Die direktere Art ist prinzipiell schwieriger"));
    }

    @Test
    void dropsALineLabelledAnzeigeButNotAnArticleSentenceAboutAds() {
        String html = "<html><head><title>Heimat</title></head><body><article>"
                // The first line as sw1.news prints it above its restaurant banners (sw1.news-Heimat, line 901).
                + "<p><b>ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:</b></p>"
                + "<p>Die Anzeige gegen den Bürgermeister wurde am Montag eingereicht, teilte die Polizei mit. "
                + "Der Stadtrat will sich in der nächsten Sitzung damit befassen, hieß es aus dem Rathaus.</p>"
                + "</article></body></html>";

        String text = extract(html.getBytes(StandardCharsets.UTF_8), "https://sw1.news/heimat").contentText();

        assertFalse(text.contains("Heute mal ausgehen"), text);
        assertTrue(text.contains("Die Anzeige gegen den Bürgermeister"), text);
    }

    @Test
    void keepsASectionWhoseClassOnlyMarksItAsHavingRoomForAds() {
        // Cut down from chip.de's test report of Aldi's Beef Maker: every section carries the modifier "--Ads".
        String html = "<html><body><article><h1>Beef Maker von Aldi im Test</h1>"
                + "<section class=\"TestReport__Section TestReport__Section--Lead\"><p>Der Beef Maker "
                + "Hochtemperaturgrill gehört zu den Top-Aktionsangeboten von Aldi. Bei Aldi Nord wie Süd war er schon "
                + "häufiger für 149 Euro im Angebot, und binnen Minuten ausverkauft. Der Preis ist eine Kampfansage, "
                + "denn das Vorbild für das Aldi-Produkt kostet etwa das Fünffache.</p></section>"
                + "<section class=\"TestReport__Section TestReport__Section--Ads\"><h2>Verarbeitung und Ausstattung</h2>"
                + "<p>Der Grill misst ca. 35,7×29,4 cm. Wir sind im Steak-Himmel! Die Verarbeitung ist solide, "
                + "die Ausstattung inklusive Pizzastein sehr üppig.</p></section>"
                + "<div class=\"ad-slot\"><p>Jetzt bei unserem Partner bestellen</p></div>"
                + "</article></body></html>";

        String text = extract(html.getBytes(StandardCharsets.UTF_8), "https://www.chip.de/test/x").contentText();

        assertTrue(text.contains("Wir sind im Steak-Himmel!"), text);
        assertFalse(text.contains("Jetzt bei unserem Partner bestellen"), text);
    }

    @Test
    void dropsABlockNamedAsAPromotionInsideTheArticle() {
        // The shape of a shop's box inside a blog post; "promotion" is too long to have counted as a whole word before.
        String html = "<html><body><article><h1>Saftiger Zitronenkuchen</h1>"
                + "<p>Dieser Zitronenkuchen ist herrlich saftig, weil er nach dem Backen mit Zitronensirup getränkt "
                + "wird. Er hält sich, gut verpackt, mehrere Tage frisch, und schmeckt am zweiten Tag fast noch besser.</p>"
                + "<div class=\"promotion\"><p>Unsere Backformen: jetzt 20 Prozent Rabatt im Shop sichern.</p></div>"
                + "<p>Für den Sirup kocht man den Saft zweier Zitronen mit Puderzucker auf, bis er sich ganz gelöst "
                + "hat, und gießt ihn, noch warm, über den Kuchen, den man zuvor mit einem Holzstäbchen einsticht.</p>"
                + "</article></body></html>";

        String text = extract(html.getBytes(StandardCharsets.UTF_8), "https://example.de/rezept").contentText();

        assertFalse(text.contains("20 Prozent Rabatt"), text);
        assertTrue(text.contains("Für den Sirup kocht man"), text);
    }

    @Test
    void dropsTheContactBoxBelowAPressRelease() {
        // The end of the Max-Planck-Institut für Meteorologie's news on its 1-km Blue Marble simulation (mpimet.mpg.de).
        String html = "<html><body><article><h1>Die virtuelle Blue Marble</h1>"
                + "<p>Die Entwicklung von ICON war und ist eine Zusammenarbeit zwischen dem Max-Planck-Institut für "
                + "Meteorologie und dem Deutschen Wetterdienst. Seit Kurzem beteiligen sich das Deutsche "
                + "Klimarechenzentrum, das ETH Center for Climate System Science und das Karlsruher Institut für "
                + "Technologie an der Entwicklung von ICON.</p>"
                + "<p>Das Team, das diese spezielle Simulation durchgeführt hat, bestand aus Hendryk Bockelmann (DKRZ), "
                + "Niklas Röber (NVIDIA), Helmuth Haak, Daniel Klocke, René Redler und Bjorn Stevens (MPI-M).</p>"
                + "<p><strong>Kontakt:</strong></p>"
                + "<p>Dr. Hendryk Bockelmann<br>Deutsches Klimarechenzentrum, DKRZ<br>E-Mail: bockelmann@dkrz.de</p>"
                + "<p>Prof. Bjorn Stevens<br>Max-Planck-Institut für Meteorologie<br>E-Mail: bjorn.stevens@mpimet.mpg.de</p>"
                + "</article></body></html>";

        String text = extract(html.getBytes(StandardCharsets.UTF_8), "https://mpimet.mpg.de/x").contentText();

        assertFalse(text.contains("Kontakt"), text);
        assertFalse(text.contains("bockelmann@dkrz.de"), text);
        assertTrue(text.contains("Das Team, das diese spezielle Simulation durchgeführt hat"), text);
    }

    @Test
    void keepsAParagraphThatOnlyStartsWithTheWordKontaktWhenArticleTextFollows() {
        String html = "<html><body><article><h1>Masern an der Grundschule</h1>"
                + "<p>An einer Grundschule im Landkreis sind drei Kinder an Masern erkrankt, teilte das Gesundheitsamt "
                + "am Montag mit. Die Eltern aller Mitschüler wurden informiert, die Schule bleibt geöffnet.</p>"
                + "<p>Kontakt mit den Erkrankten hatten nach Angaben des Amtes rund sechzig Kinder und ihre Lehrer, die "
                + "nun ihren Impfschutz nachweisen müssen. Wer nicht geimpft ist, darf die Schule bis zum Ende der "
                + "Inkubationszeit nicht betreten, auch wenn er sich gesund fühlt, und wird vom Amt zu Hause besucht, "
                + "wo ein Arzt den Impfstatus prüft und, wo nötig, noch am selben Tag impft.</p>"
                + "</article></body></html>";

        String text = extract(html.getBytes(StandardCharsets.UTF_8), "https://example.de/masern").contentText();

        assertTrue(text.contains("Kontakt mit den Erkrankten hatten"), text);
    }

    @Test
    void dropsTheClosingPitchWhereThePublisherAsksForSupport() {
        // The end of lacrux.com's news on Adam Ondra and Mammut, with the magazine's plea below the last paragraph.
        String html = "<html><body><article><h1>Mammut nimmt Adam Ondra unter Vertrag</h1>"
                + "<p>Der tschechische Ausnahmekletterer Adam Ondra wird künftig vom Schweizer Bergsportausrüster "
                + "Mammut unterstützt. Der Vertrag läuft über mehrere Jahre, wie beide Seiten am Dienstag mitteilten.</p>"
                + "<p>Ondra gilt als einer der besten Sportkletterer der Welt und hat unter anderem die erste Route im "
                + "Schwierigkeitsgrad 9c geklettert. Er will sich nun auf die Olympischen Spiele vorbereiten.</p>"
                + "<p><strong>Gefällt dir unser Klettermagazin?</strong> Bei der Lancierung von LACRUX haben wir "
                + "entschieden, keine Bezahlschranke einzuführen. Um zukünftig unabhängiger von Werbeeinnahmen zu sein, "
                + "freuen wir uns, wenn du uns mit einem kleinen Beitrag unterstützt.</p>"
                + "</article></body></html>";

        String text = extract(html.getBytes(StandardCharsets.UTF_8), "https://www.lacrux.com/klettern/x").contentText();

        assertFalse(text.contains("Gefällt dir unser Klettermagazin?"), text);
        assertTrue(text.contains("Er will sich nun auf die Olympischen Spiele vorbereiten."), text);
    }

    @Test
    void keepsAClosingParagraphThatTalksToTheReaderWithoutSellingAnything() {
        String html = "<html><body><article><h1>Wie man Tomaten richtig schneidet</h1>"
                + "<p>Mit einem stumpfen Messer zerquetscht man die Tomate, statt sie zu schneiden. Am besten eignet "
                + "sich ein Messer mit Wellenschliff, das die glatte Haut mühelos durchdringt.</p>"
                + "<p>Ihr kennt es sicher auch: Die Tomate rutscht weg. Legt sie deshalb mit der Schnittfläche nach "
                + "unten auf das Brett, dann bleibt sie liegen, und ihr schneidet sie in gleichmäßige Scheiben.</p>"
                + "</article></body></html>";

        String text = extract(html.getBytes(StandardCharsets.UTF_8), "https://example.de/tomaten").contentText();

        assertTrue(text.contains("Ihr kennt es sicher auch"), text);
    }

    @Test
    void dropsTheBackLinkUnderAPressReleaseButKeepsASentenceStartingWithZurueck() {
        // The end of a press release of the Deutscher Verband Flüssiggas (dvfg.de) with its link back to the list.
        String html = "<html><body><article><h1>So heizen Sie während des Weihnachtsurlaubs effizient</h1>"
                + "<p>Wer über die Feiertage verreist, sollte die Heizung nicht ganz abschalten, sondern auf eine "
                + "niedrige Temperatur stellen, damit die Räume nicht auskühlen und keine Leitungen einfrieren.</p>"
                + "<p>Zurück zur Frage, wie tief man die Temperatur senken darf: Der Verband rät zu etwa 15 Grad, "
                + "in Räumen mit Wasserleitungen an Außenwänden zu etwas mehr.</p>"
                + "<a title=\"zurück zur Listenansicht\" href=\"/presse\">zurück zur Listenansicht</a>"
                + "</article></body></html>";

        String text = extract(html.getBytes(StandardCharsets.UTF_8), "https://www.dvfg.de/presse/x").contentText();

        assertFalse(text.contains("zurück zur Listenansicht"), text);
        assertTrue(text.contains("Zurück zur Frage, wie tief man die Temperatur senken darf"), text);
    }

    @Test
    void dropsTheAffiliateNoticeUnderAProductBox() {
        // haustiermagazin.com's buying guide for cat toys prints this under every Amazon product box.
        String html = "<html><body><article><h1>Das beste Katzenspielzeug</h1>"
                + "<p>Katzen jagen am liebsten, was sich schnell und unberechenbar bewegt. Eine Federangel, mit der Sie "
                + "die Beute über den Boden huschen lassen, weckt auch bei älteren Tieren den Jagdtrieb.</p>"
                + "<p>Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / "
                + "Bilder von der Amazon Product Advertising API</p>"
                + "<p>Welches Spiel zu deiner Mieze passt, hängt von ihrem Alter und ihrem Temperament ab: junge Katzen "
                + "toben gern, ältere lieben ruhige Suchspiele mit Leckerlis.</p>"
                + "</article></body></html>";

        String text = extract(html.getBytes(StandardCharsets.UTF_8), "https://www.haustiermagazin.com/x").contentText();

        assertFalse(text.contains("Affiliate Links"), text);
        assertTrue(text.contains("Welches Spiel zu deiner Mieze passt"), text);
    }

    private static byte[] fragment(String name) {
        try (InputStream in = resource("fragments/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] page(String name) {
        try (InputStream in = new GZIPInputStream(resource("pages/" + name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = KeepDropRulesTest.class.getResourceAsStream("/extract/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing test resource /extract/" + name);
        }
        return in;
    }

    private ExtractedArticle extract(byte[] bytes, String url) {
        return extractor.extract(bytes, null, url);
    }
}
