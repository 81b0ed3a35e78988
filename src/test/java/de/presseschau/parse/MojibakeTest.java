package de.presseschau.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {

    private static String doubleEncoded(String text, Charset wrong) {
        return new String(text.getBytes(StandardCharsets.UTF_8), wrong);
    }

    @Test
    void restoresUtf8ThatWasReadAsWindows1252() {
        String text = "„Ohne uns fährt kein Fahrzeug“ – Straße, Größe, Café, 5 € …";

        assertEquals(text, Mojibake.repair(doubleEncoded(text, Charset.forName("windows-1252"))));
    }

    @Test
    void restoresUtf8ThatWasReadAsLatin1() {
        String text = "Übermäßig schöne Grüße – „Zitat“";

        assertEquals(text, Mojibake.repair(doubleEncoded(text, StandardCharsets.ISO_8859_1)));
    }

    @Test
    void restoresTextThatWasDoubleEncodedTwice() {
        Charset windows1252 = Charset.forName("windows-1252");

        assertEquals("Grüße", Mojibake.repair(doubleEncoded(doubleEncoded("Grüße", windows1252), windows1252)));
    }

    @Test
    void leavesCorrectGermanTextAlone() {
        String text = "Er sagte: „Viel Spaß“ und ging… Maß–Einheit, ÄÖÜ äöü ß »Zitat« © 2024";

        assertSame(text, Mojibake.repair(text));
    }
}
