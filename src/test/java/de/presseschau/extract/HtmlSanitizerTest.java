package de.presseschau.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSanitizerTest {

    private static final String BASE = "https://www.example.de/politik/artikel.html";

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void dropsScriptsStylesAndIframesWithTheirContent() {
        String html = sanitizer.sanitize("<p>Vorher</p><script>alert('x')</script><style>p{color:red}</style>"
                + "<iframe src=\"https://evil.example/\">Rahmen</iframe><p>Nachher</p>", BASE);

        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("alert"), html);
        assertFalse(html.contains("color:red"), html);
        assertFalse(html.contains("iframe"), html);
        assertFalse(html.contains("Rahmen"), html);
        assertEquals("Vorher\n\nNachher", sanitizer.toText(html));
    }

    @Test
    void htmlAndTextFromOneParseAreWhatSanitizeAndToTextGiveApart() {
        String dirty = "<h1>Titel</h1><p onclick=\"x()\">Erster <b>Absatz</b></p><script>alert(1)</script>"
                + "<ul><li>eins</li><li>zwei</li></ul><p><a href=\"/mehr\">Mehr</a><img src=\"bild.jpg\" alt=\"\"></p>";

        HtmlSanitizer.Sanitized both = sanitizer.sanitizeWithText(dirty, BASE);

        assertEquals(sanitizer.sanitize(dirty, BASE), both.html());
        assertEquals(sanitizer.toText(both.html()), both.text());
        assertTrue(both.text().contains("Erster Absatz"), both.text());
        assertFalse(both.html().contains("onclick"), both.html());
    }

    @Test
    void aParsedTreeIsSanitizedAsItsHtmlWouldBe() {
        String dirty = "<h1>Titel</h1><p onclick=\"x()\">Erster <b>Absatz</b></p><script>alert(1)</script>"
                + "<ul><li>eins</li><li>zwei</li></ul><p><a href=\"/mehr\">Mehr</a><img src=\"bild.jpg\" alt=\"\"></p>";
        // As the extractor hands it over: markup of a page parsed at another address than the one links resolve against.
        Element tree = new Element("div");
        Jsoup.parse(dirty, "https://cdn.example.de/").body().childNodesCopy().forEach(tree::appendChild);

        HtmlSanitizer.Sanitized fromTree = sanitizer.sanitizeWithText(tree, BASE);

        assertEquals(sanitizer.sanitizeWithText("<div>" + dirty + "</div>", BASE), fromTree);
        assertTrue(fromTree.html().contains("href=\"https://www.example.de/mehr\""), fromTree.html());
    }

    @Test
    void dropsEmbeddedObjectsButKeepsTheFallbackTextABrowserWouldShowInstead() {
        String html = sanitizer.sanitize("<p>Vorher</p><object data=\"x.swf\"><param name=\"movie\" value=\"x.swf\">"
                + "<p>Ohne Flash: <b>Text</b></p></object><applet code=\"A.class\">Applet-Ersatz</applet>", BASE);

        assertFalse(html.contains("object"), html);
        assertFalse(html.contains("param"), html);
        assertFalse(html.contains("applet"), html);
        assertFalse(html.contains("x.swf"), html);
        assertEquals("<p>Vorher</p><p>Ohne Flash: <b>Text</b></p>Applet-Ersatz", html);
    }

    @Test
    void dropsEventHandlersAndStyleAttributes() {
        String html = sanitizer.sanitize("<p onclick=\"steal()\" style=\"display:block\">Text</p>"
                + "<img src=\"/bild.jpg\" onerror=\"steal()\" alt=\"Bild\">", BASE);

        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("steal"), html);
        assertFalse(html.contains("style="), html);
        assertTrue(html.contains("alt=\"Bild\""), html);
    }

    @Test
    void dropsScriptUrlsButKeepsTheLinkText() {
        String html = sanitizer.sanitize("<p><a href=\"javascript:alert(1)\">Klick</a> "
                + "<a href=\"  JaVaScRiPt:alert(1)\">zwei</a> <a href=\"vbscript:msgbox\">drei</a> "
                + "<img src=\"data:text/html;base64,PHNjcmlwdD4=\"></p>", BASE);

        assertFalse(html.toLowerCase().contains("script:"), html);
        assertFalse(html.contains("data:"), html);
        assertEquals("Klick zwei drei", sanitizer.toText(html));
    }

    @Test
    void makesRelativeLinksAndImagesAbsolute() {
        String html = sanitizer.sanitize("<p><a href=\"../wirtschaft/bericht.html\">Bericht</a>"
                + "<img src=\"/bilder/foto.jpg\" alt=\"Foto\"></p>", BASE);

        assertTrue(html.contains("href=\"https://www.example.de/wirtschaft/bericht.html\""), html);
        assertTrue(html.contains("src=\"https://www.example.de/bilder/foto.jpg\""), html);
    }

    @Test
    void linksOpenNormallyWithoutLeakingTheReader() {
        String html = sanitizer.sanitize("<p><a href=\"https://example.org/\" target=\"_blank\">Quelle</a></p>", BASE);

        assertTrue(html.contains("rel=\"noopener noreferrer\""), html);
        assertFalse(html.contains("target"), html);
    }

    @Test
    void givesLazyImagesTheirRealSource() {
        String html = sanitizer.sanitize("<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" "
                + "data-src=\"/bilder/gross.jpg\" alt=\"Gross\"><figcaption>Bildunterschrift</figcaption></figure>"
                + "<img data-srcset=\"/klein.jpg 320w, /mittel.jpg 800w\" alt=\"Set\">", BASE);

        assertTrue(html.contains("src=\"https://www.example.de/bilder/gross.jpg\""), html);
        assertTrue(html.contains("src=\"https://www.example.de/mittel.jpg\""), html);
        assertTrue(html.contains("<figcaption>Bildunterschrift</figcaption>"), html);
    }

    @Test
    void dropsTrackingPixelsAndEmptyWrappers() {
        String html = sanitizer.sanitize("<div><span></span><img src=\"https://track.example/p.gif\" width=\"1\" "
                + "height=\"1\"></div><p>Inhalt</p>", BASE);

        assertEquals("<p>Inhalt</p>", html);
    }

    @Test
    void demotesTheTopHeading() {
        String html = sanitizer.sanitize("<h1>Überschrift</h1><h2>Unterzeile</h2>", BASE);

        assertEquals("<h2>Überschrift</h2><h2>Unterzeile</h2>", html);
    }

    @Test
    void textKeepsUmlautsAndSeparatesBlocksWithBlankLines() {
        String html = sanitizer.sanitize("<h2>Größere Straßen</h2><p>Für  die\n Bürger&nbsp;ändert sich "
                + "&auml;u&szlig;erst wenig &ndash; sagt der Bür&shy;ger&shy;meis&shy;ter.</p>"
                + "<ul><li>eins</li><li>zwei</li></ul><p>Ende<br>neue Zeile</p>", BASE);

        assertEquals("Größere Straßen\n\nFür die Bürger ändert sich äußerst wenig – sagt der Bürgermeister."
                + "\n\neins\nzwei\n\nEnde\nneue Zeile", sanitizer.toText(html));
    }

    @Test
    void textDecodesEntitiesEscapedTwice() {
        assertEquals("Müller & Söhne", sanitizer.toText("<p>M&amp;uuml;ller &amp;amp; S&amp;ouml;hne</p>"));
    }
}
