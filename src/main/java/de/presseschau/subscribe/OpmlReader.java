package de.presseschau.subscribe;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the feeds of an OPML file as other readers write it (Feedly, FreshRSS, Miniflux, Thunderbird ...): every
 * outline with an {@code xmlUrl}, at any depth, under the nearest enclosing outline's {@code text} or {@code title}
 * as its category (else its own {@code category} attribute, else {@link FeedList#DEFAULT_TOPIC}).
 */
public final class OpmlReader {

    public List<OpmlFeed> read(byte[] opml) throws OpmlException {
        Element root = parse(opml).getDocumentElement();
        if (!root.getLocalName().equalsIgnoreCase("opml")) {
            throw new OpmlException("Keine OPML-Datei: das Wurzelelement ist <" + root.getLocalName() + ">, nicht <opml>.");
        }
        Element body = child(root, "body");
        if (body == null) {
            throw new OpmlException("Keine OPML-Datei: es fehlt der Abschnitt <body> mit den Feeds.");
        }
        List<OpmlFeed> feeds = new ArrayList<>();
        collect(body, null, feeds);
        return feeds;
    }

    private static void collect(Element parent, String category, List<OpmlFeed> feeds) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element outline) || !outline.getLocalName().equalsIgnoreCase("outline")) {
                continue;
            }
            String xmlUrl = attribute(outline, "xmlUrl");
            String name = attribute(outline, "text") != null ? attribute(outline, "text") : attribute(outline, "title");
            if (xmlUrl != null) {
                String title = attribute(outline, "title") != null ? attribute(outline, "title") : name;
                feeds.add(new OpmlFeed(xmlUrl, title, category != null ? category : categoryAttribute(outline)));
            }
            // A folder's name is the category of what it holds; a feed with children passes on its own category.
            collect(outline, xmlUrl == null && name != null ? name : category, feeds);
        }
    }

    /** Feedly and others also write {@code category="/Politik,/Inland"}: the first one, without slashes. */
    private static String categoryAttribute(Element outline) {
        String raw = attribute(outline, "category");
        if (raw == null) {
            return FeedList.DEFAULT_TOPIC;
        }
        String first = raw.split(",")[0].strip();
        String[] parts = first.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isBlank()) {
                return parts[i].strip();
            }
        }
        return FeedList.DEFAULT_TOPIC;
    }

    /** The attribute's value, stripped, or null when it is missing or blank. Some exporters write "xmlurl". */
    private static String attribute(Element element, String name) {
        String value = element.getAttribute(name);
        if (value.isBlank()) {
            value = element.getAttribute(name.toLowerCase(java.util.Locale.ROOT));
        }
        value = value.replaceAll("\\s+", " ").strip();
        return value.isEmpty() ? null : value;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equalsIgnoreCase(name)) {
                return element;
            }
        }
        return null;
    }

    private static Document parse(byte[] opml) throws OpmlException {
        if (opml.length == 0) {
            throw new OpmlException("Keine OPML-Datei: die Datei ist leer.");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // No DTD and no external anything: an OPML file never needs them, and they are how XML files attack.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(opml));
        } catch (SAXParseException e) {
            throw new OpmlException("Keine lesbare OPML-Datei: XML-Fehler in Zeile " + e.getLineNumber() + ", Spalte "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new OpmlException("Keine lesbare OPML-Datei: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("The XML parser for OPML could not be set up", e);
        }
    }
}
