package de.presseschau.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String BODY = "<body><article><h1>Bürgerfest in Köln</h1>"
            + "<p>Die Straßen rund um den Dom waren am Sonnabend überfüllt, denn die Stadt feierte ihr größtes Fest, "
            + "und „trotz“ des Regens kamen mehr als 20.000 Menschen, schätzt die Polizei – für 5 € Eintritt.</p>"
            + "<p>Äpfel, Öl und Süßes gab es an über hundert Ständen, die bis in die Nacht geöffnet hatten, "
            + "während auf drei Bühnen Bands aus der Region spielten, bis die Ordnungsämter einschritten.</p>"
            + "</article></body></html>";

    private final PageDecoder decoder = new PageDecoder();
    private final ArticleExtractor extractor = new ArticleExtractor(new HtmlSanitizer());

    @Test
    void windows1252WithMetaCharsetAndUtf8WithBomGiveTheSameText() {
        byte[] legacy = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "<title>Fest</title></head>" + BODY).getBytes(WINDOWS_1252);
        byte[] utf8 = ("<html><head><title>Fest</title></head>" + BODY).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        ExtractedArticle fromLegacy = extractor.extract(legacy, null, "https://www.example.de/fest");
        ExtractedArticle fromUtf8 = extractor.extract(withBom, null, "https://www.example.de/fest");

        assertEquals(fromUtf8.contentText(), fromLegacy.contentText());
        assertTrue(fromLegacy.contentText().contains("„trotz“"), fromLegacy.contentText());
        assertTrue(fromLegacy.contentText().contains("5 € Eintritt"), fromLegacy.contentText());
    }

    @Test
    void httpCharsetWinsOverTheMetaTag() {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body><p>Grüße</p></body></html>")
                .getBytes(WINDOWS_1252);

        assertTrue(decoder.decode(page, "text/html; charset=ISO-8859-1").contains("Grüße"));
    }

    @Test
    void byteOrderMarkWinsOverEverythingElse() {
        byte[] text = "<meta charset=\"windows-1252\"><p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[text.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(text, 0, page, 3, text.length);

        assertEquals("<meta charset=\"windows-1252\"><p>Grüße</p>", decoder.decode(page, "iso-8859-1"));
    }

    @Test
    void undeclaredPagesAreUtf8UnlessTheirBytesCannotBe() {
        assertEquals("<p>Grüße</p>", decoder.decode("<p>Grüße</p>".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("<p>Grüße</p>", decoder.decode("<p>Grüße</p>".getBytes(WINDOWS_1252), null));
    }

    @Test
    void unknownCharsetNamesAreIgnored() {
        byte[] page = "<meta charset=\"no-such-charset\"><p>Grüße</p>".getBytes(StandardCharsets.UTF_8);

        assertTrue(decoder.decode(page, "bogus").contains("Grüße"));
    }
}
