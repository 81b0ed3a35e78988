package de.presseschau.fetch;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CharsetsTest {

    @Test
    void decodesWindows1252LikeTheJdkForEveryAssignedByteAndKeepsTheOthersAsControls() {
        for (int b = 0; b < 256; b++) {
            String jdk = new String(new byte[] {(byte) b}, Charsets.WINDOWS_1252);
            if (!jdk.equals("\uFFFD")) {
                assertEquals(jdk.charAt(0), Charsets.windows1252(b), "byte " + b);
            }
        }
        assertEquals('\u0081', Charsets.windows1252(0x81));
    }

    @Test
    void readsLatin1AndAsciiLabelsAsWindows1252AndUtf16LabelsAsUtf8() {
        assertEquals(Charsets.WINDOWS_1252, Charsets.named("ISO-8859-1"));
        assertEquals(Charsets.WINDOWS_1252, Charsets.named("latin1"));
        assertEquals(Charsets.WINDOWS_1252, Charsets.named("\"us-ascii\""));
        assertEquals(StandardCharsets.UTF_8, Charsets.named("utf-16"));
        assertEquals(Charset.forName("ISO-8859-15"), Charsets.named("iso-8859-15"));
        assertNull(Charsets.named("x-erfunden"));
        assertNull(Charsets.named(" "));
    }

    @Test
    void latin1BytesLabelledUtf8AreReadAsWindows1252() {
        byte[] latin = "„Grüße aus Köln“ – 5 €".getBytes(Charsets.WINDOWS_1252);

        assertEquals("„Grüße aus Köln“ – 5 €", Charsets.decode(latin, 0, StandardCharsets.UTF_8));
    }

    @Test
    void utf8WithOneBrokenByteStaysUtf8() {
        byte[] good = "Grüße aus Köln, Düsseldorf und Münster".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 1];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = (byte) 0xE4;

        assertEquals("Grüße aus Köln, Düsseldorf und Münster\uFFFD", Charsets.decode(broken, 0, StandardCharsets.UTF_8));
    }

    @Test
    void findsByteOrderMarks() {
        assertEquals(new Charsets.ByteOrderMark(StandardCharsets.UTF_8, 3),
                Charsets.byteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}));
        assertEquals(StandardCharsets.UTF_16LE, Charsets.byteOrderMark(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).charset());
        assertNull(Charsets.byteOrderMark("<rss>".getBytes(StandardCharsets.US_ASCII)));
    }
}
