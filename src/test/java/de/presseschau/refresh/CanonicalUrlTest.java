package de.presseschau.refresh;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CanonicalUrlTest {

    @Test
    void dropsTrackingParametersAndTheFragment() {
        assertEquals("https://www.spiegel.de/politik/a-1.html",
                CanonicalUrl.of("https://www.spiegel.de/politik/a-1.html?utm_source=rss&utm_medium=feed#kommentare"));
        assertEquals("https://example.de/artikel?id=7",
                CanonicalUrl.of("https://example.de/artikel?fbclid=IwAR0x&id=7&gclid=abc"));
        assertEquals("https://www.heise.de/news/x.html",
                CanonicalUrl.of("https://www.heise.de/news/x.html?wt_mc=rss.red.ho.ho.atom.beitrag.beitrag"));
    }

    @Test
    void keepsParametersThatNameTheArticle() {
        assertEquals("https://example.de/index.php?id=42&seite=2", CanonicalUrl.of("https://example.de/index.php?id=42&seite=2"));
    }

    @Test
    void lowerCasesSchemeAndHostAndDropsTheDefaultPort() {
        assertEquals("https://www.zeit.de/Politik/Artikel", CanonicalUrl.of("HTTPS://WWW.Zeit.DE:443/Politik/Artikel"));
        assertEquals("http://example.de:8080/", CanonicalUrl.of("http://Example.de:8080"));
    }

    @Test
    void leavesWhatItCannotReadAloneButForTheFragment() {
        assertEquals("kein link", CanonicalUrl.of("kein link#x"));
        assertNull(CanonicalUrl.of(null));
    }
}
