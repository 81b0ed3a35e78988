package de.presseschau.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jsoup.nodes.Entities;

/**
 * The text an element carries, as markup: Atom text constructs (type text, html, xhtml, other media types as base64;
 * Atom 0.3 modes escaped, xml, base64), RSS's unlabelled HTML, and inline XHTML such as xhtml:body.
 */
final class FeedText {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Pattern SELF_CLOSING = Pattern.compile("<([A-Za-z][A-Za-z0-9]*)((?:\\s[^<>]*?)?)\\s*/>");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#[0-9]{2,7}|#x[0-9a-fA-F]{2,6});");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");

    /** A value, whether it is HTML (else plain text) and whether the feed said so (Atom's type) or it was assumed. */
    record Text(String value, boolean isHtml, boolean isDeclared) {

        /** The value as HTML: plain text escaped. */
        String html() {
            return isHtml ? value : Entities.escape(value);
        }
    }

    private FeedText() {
    }

    /**
     * @param plainByDefault true where an unlabelled value is plain text (Atom), false where it is HTML (RSS)
     * @return the text, or null when the element is empty
     */
    static Text of(Element element, boolean plainByDefault) {
        String type = attribute(element, "type").toLowerCase(Locale.ROOT);
        String mode = attribute(element, "mode").toLowerCase(Locale.ROOT);
        Text text;
        if (mode.equals("base64") || !mode.equals("xml") && isBinaryType(type)) {
            String decoded = base64(element.getText());
            if (decoded == null) {
                return null;
            }
            text = new Text(decoded, !type.equals("text") && !type.equals("text/plain"), true);
        } else if (hasElements(element) && !mode.equals("xml") && (type.equals("html") || type.equals("text/html"))) {
            // Said to be escaped HTML yet wrapped in an element (TypePad's <div>): the escaped text is the HTML.
            text = new Text(element.getValue(), true, true);
        } else if (hasElements(element) && !mode.equals("escaped")) {
            // Inline markup: Atom type="xhtml" (and 0.3 mode="xml"), RSS's xhtml:body or a description with raw tags.
            text = new Text(markup(element), true, true);
        } else if (type.equals("text") || type.equals("text/plain")) {
            // Blog software of the Atom 0.3 days labelled entity-escaped HTML as text/plain; character references
            // in plain text give it away.
            text = new Text(element.getText(), CHARACTER_REFERENCE.matcher(element.getText()).find(), true);
        } else if (type.contains("html") || type.contains("xml")) {
            text = new Text(element.getText(), true, true);
        } else {
            text = new Text(element.getText(), !plainByDefault, false);
        }
        String value = (text.isHtml() ? closeSelfClosingTags(text.value()) : text.value()).strip();
        boolean declared = !type.isEmpty() || !mode.isEmpty();
        return value.isEmpty() ? null : new Text(Mojibake.repair(value), text.isHtml(), declared);
    }

    /**
     * Feed HTML is mostly written by XML tools, so {@code <iframe/>} means an empty element, not (as an HTML parser
     * reads it) one that swallows the rest of the text. Written out, it cannot hide what follows.
     */
    static String closeSelfClosingTags(String html) {
        if (html.indexOf("/>") < 0) {
            return html;
        }
        Matcher tag = SELF_CLOSING.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 32);
        while (tag.find()) {
            String name = tag.group(1);
            String replacement = VOID.contains(name.toLowerCase(Locale.ROOT)) ? tag.group()
                    : "<" + name + tag.group(2) + "></" + name + ">";
            tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(out);
        return out.toString();
    }

    /**
     * Whether the element's text is more than character data: inline markup, base64 (Atom 0.3's mode, Atom 1.0's
     * binary media types), or in Atom 0.3's default xml mode a CDATA section. ROME hands such text on raw or
     * serialized as XML, CDATA markers included.
     */
    static boolean isEncoded(Element element, boolean isAtom03) {
        if (hasElements(element)) {
            return true;
        }
        String mode = attribute(element, "mode").toLowerCase(Locale.ROOT);
        if (isAtom03 && (mode.isEmpty() || mode.equals("xml"))
                && element.getContent().stream().anyMatch(part -> part instanceof org.jdom2.CDATA)) {
            return true;
        }
        return mode.equals("base64") || !mode.equals("xml") && isBinaryType(attribute(element, "type").toLowerCase(Locale.ROOT));
    }

    /** The value of an attribute whatever the case of its name, or "". */
    static String attribute(Element element, String name) {
        for (var attribute : element.getAttributes()) {
            if (attribute.getName().equalsIgnoreCase(name) && attribute.getNamespace().getURI().isEmpty()) {
                return attribute.getValue().strip();
            }
        }
        return "";
    }

    /** Atom 1.0: a media type that is neither text nor XML means the content is base64. */
    private static boolean isBinaryType(String type) {
        return type.contains("/") && !type.startsWith("text/") && !type.endsWith("+xml") && !type.endsWith("/xml");
    }

    /** The decoded text, or null when it is no base64 or decodes to something other than text (an image, say). */
    private static String base64(String text) {
        String decoded;
        try {
            decoded = new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return decoded.indexOf('\uFFFD') >= 0 || decoded.indexOf('\0') >= 0 ? null : decoded;
    }

    private static boolean hasElements(Element element) {
        return !element.getChildren().isEmpty();
    }

    /** The element's content serialized as HTML; Atom's wrapping xhtml div is left out. */
    private static String markup(Element element) {
        List<Content> content = element.getContent();
        List<Element> children = element.getChildren();
        if (children.size() == 1 && children.get(0).getName().equalsIgnoreCase("div")
                && element.getTextTrim().isEmpty() && XHTML.equals(children.get(0).getNamespaceURI())) {
            content = children.get(0).getContent();
        }
        List<Content> copies = new ArrayList<>();
        for (Content part : content) {
            Content copy = part.clone();
            if (copy instanceof Element copied) {
                stripXhtmlNamespace(copied);
            }
            copies.add(copy);
        }
        // Serialized as XML: empty elements come out as "<iframe/>", which closeSelfClosingTags then writes out.
        return new XMLOutputter(Format.getRawFormat()).outputString(copies);
    }

    /** "xhtml:p" and xmlns declarations mean nothing to an HTML parser; plain names do. */
    private static void stripXhtmlNamespace(Element element) {
        if (XHTML.equals(element.getNamespaceURI())) {
            element.setNamespace(Namespace.NO_NAMESPACE);
        }
        for (Namespace declared : List.copyOf(element.getAdditionalNamespaces())) {
            element.removeNamespaceDeclaration(declared);
        }
        for (Element child : element.getChildren()) {
            stripXhtmlNamespace(child);
        }
    }
}
