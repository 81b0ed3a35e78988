package de.presseschau.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedDecoderTest {

    @Test
    void aByteOrderMarkWinsOverEveryLabel() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Grüße</a>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        System.arraycopy(text, 0, body, bom.length, text.length);

        assertEquals("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Grüße</a>", FeedDecoder.decode(body, "ISO-8859-1"));
    }

    @Test
    void ignoresCharsetNamesJavaDoesNotKnow() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"x-erfunden\"?><a>Grüße</a>".getBytes(StandardCharsets.UTF_8);

        assertEquals("<?xml version=\"1.0\" encoding=\"x-erfunden\"?><a>Grüße</a>", FeedDecoder.decode(body, "auch-erfunden"));
    }

    @Test
    void findsTheDeclaredEncodingAfterLeadingWhitespace() {
        assertEquals("iso-8859-15", FeedDecoder.declaredEncoding(
                "\r\n <?xml version='1.0' encoding='iso-8859-15' ?><rss/>".getBytes(StandardCharsets.US_ASCII)));
        assertNull(FeedDecoder.declaredEncoding("<rss version=\"2.0\"/>".getBytes(StandardCharsets.US_ASCII)));
    }
}
