package de.presseschau.parse;

import java.io.IOException;
import java.io.StringReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * Parses repaired feed text into a JDOM document with a strict XML parser that refuses any DOCTYPE and never
 * resolves an external entity: the second line of defence behind {@link XmlRepair}, which already removed the DTD.
 */
final class SafeXml {

    private SafeXml() {
    }

    static Document parse(String xml) throws FeedParseException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setExpandEntities(false);
        // Nothing may be fetched even if a DTD slipped through: every entity resolves to nothing.
        builder.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new StringReader("")));
        try {
            return builder.build(new StringReader(xml));
        } catch (JDOMException e) {
            throw new FeedParseException("Fehlerhaftes XML: " + saxMessage(e), e);
        } catch (IOException e) {
            throw new FeedParseException("Feed nicht lesbar: " + e.getMessage(), e);
        }
    }

    private static String saxMessage(JDOMException error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        // JDOM says "Error on line 3: ..."; we say it in German.
        return message.replaceFirst("^Error on line (\\d+)(, column \\d+)?: ", "Zeile $1: ");
    }
}
