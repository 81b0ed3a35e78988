package de.presseschau.parse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Reads feed fields straight from the XML tree, in any dialect (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, CDF): the supplement
 * to ROME's model in {@link RomeMapping}, and the whole mapping for documents ROME cannot read. Elements are found by
 * name whatever their case and whatever namespace the feed itself uses; the known extensions (Dublin Core,
 * content:encoded, iTunes, Media RSS, XHTML, Atom inside RSS) are told apart by their namespace. Links and links
 * inside HTML are resolved against xml:base and the document's URL.
 */
final class FeedReader {

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("http://purl.org/dc/elements/1.1", "dc"),
            Map.entry("http://purl.org/dc/terms", "dcterms"),
            Map.entry("http://purl.org/rss/1.0/modules/content", "content"),
            Map.entry("http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"),
            Map.entry("http://search.yahoo.com/mrss", "media"),
            Map.entry("http://www.w3.org/1999/xhtml", "xhtml"),
            Map.entry("http://www.w3.org/2005/atom", "atom"),
            Map.entry("http://purl.org/atom/ns#", "atom"),
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"));
    /** The namespaces RSS itself has used over the years: their elements are the feed's own, however prefixed. */
    private static final Set<String> RSS = Set.of("http://purl.org/rss/1.0", "http://my.netscape.com/rdf/simple/0.9",
            "http://backend.userland.com/rss", "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss");
    private static final Namespace RDF = Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    private static final List<String> TITLE = List.of("title", "dc:title", "itunes:title", "media:title", "atom:title");
    private static final List<String> SUBTITLE = List.of("subtitle", "tagline", "description", "dc:description",
            "itunes:subtitle", "itunes:summary", "abstract", "info", "atom:subtitle");
    private static final List<String> SUMMARY = List.of("summary", "description", "dc:description", "abstract",
            "itunes:summary", "itunes:subtitle", "media:description", "atom:summary");
    private static final List<String> CONTENT = List.of("content", "content:encoded", "xhtml:body", "body",
            "fullitem", "atom:content");
    private static final List<String> DATE = List.of("published", "pubdate", "issued", "dc:date", "dcterms:issued",
            "dcterms:created", "created", "dcterms:date", "updated", "modified", "dcterms:modified", "atom:published",
            "atom:updated");
    private static final List<String> ID = List.of("id", "guid", "atom:id");
    private static final List<String> AUTHOR = List.of("author", "dc:creator", "dc:author", "itunes:author",
            "atom:author", "managingeditor");
    private static final Pattern NAME_AND_MAIL = Pattern.compile("^(.*?)\\s*[(<]([^()<>]*@[^()<>]*)[)>]\\s*$");
    private static final Pattern MAIL_AND_NAME = Pattern.compile("^(\\S+@\\S+)\\s*\\((.+)\\)\\s*$");

    private final String rootNamespace;
    private final String documentUrl;
    private final boolean isAtom;
    private final Element channel;
    private final List<Element> items;

    private FeedReader(Element root, String documentUrl) {
        this.rootNamespace = root.getNamespaceURI();
        this.documentUrl = documentUrl;
        this.isAtom = root.getName().equalsIgnoreCase("feed");
        String rootName = root.getName().toLowerCase(Locale.ROOT);
        Element found = rootName.equals("rss") || rootName.equals("rdf") ? first(root, List.of("channel")) : null;
        this.channel = found == null ? root : found;
        String itemName = isAtom ? "entry" : "item";
        List<Element> all = new ArrayList<>(children(channel, itemName));
        if (channel != root) {
            // RSS 1.0 puts its items beside the channel, and some RSS 0.9x feeds do too.
            all.addAll(children(root, itemName));
        }
        this.items = List.copyOf(all);
    }

    /** A reader of {@code document}, fetched from {@code documentUrl} (or null), or says which dialect it is not. */
    static FeedReader of(Document document, String documentUrl) throws FeedParseException {
        Element root = document.getRootElement();
        String rootName = root.getName().toLowerCase(Locale.ROOT);
        if (!Set.of("rss", "rdf", "feed", "channel").contains(rootName)) {
            throw new FeedParseException("Keine Feed-Datei: unbekanntes Format <" + rootName + ">");
        }
        return new FeedReader(root, documentUrl);
    }

    /** The whole feed read from the tree alone. */
    ParsedFeed feed() {
        List<ParsedEntry> entries = new ArrayList<>();
        for (Element item : items) {
            entries.add(entry(item));
        }
        return new ParsedFeed(title(channel), link(channel), List.copyOf(entries), subtitle(channel), ttl(channel));
    }

    /** The element holding the feed's own title, link and description. */
    Element channel() {
        return channel;
    }

    /** The entry elements (RSS items, Atom entries) in document order. */
    List<Element> items() {
        return items;
    }

    ParsedEntry entry(Element item) {
        return new ParsedEntry(id(item), url(item), title(item), published(item), summary(item), content(item),
                author(item), categories(item));
    }

    /** The entry's link, else (RSS) its guid when that is a permalink; absolute or null. */
    String url(Element item) {
        String link = link(item);
        String id = id(item);
        if (link == null && id != null && !isAtom) {
            Element guid = first(item, List.of("guid"));
            boolean permaLink = guid == null || !FeedText.attribute(guid, "isPermaLink").equalsIgnoreCase("false");
            link = permaLink ? Links.absolute(base(item), id) : null;
        }
        return link;
    }

    /** The entry's teaser as HTML, or null. */
    String summary(Element item) {
        List<Element> texts = teaserAndBody(item);
        return texts.isEmpty() ? html(item, SUMMARY) : html(texts.get(0));
    }

    /** The entry's full content as HTML, else (RSS) the body after a teaser; or null. */
    String content(Element item) {
        String content = html(item, CONTENT);
        List<Element> texts = teaserAndBody(item);
        return content != null || texts.isEmpty() ? content : html(texts.get(1));
    }

    /**
     * An RSS item with both a summary and a description, in document order: the first is the teaser, the second the
     * body. Empty for any other item.
     */
    List<Element> teaserAndBody(Element item) {
        List<Element> texts = new ArrayList<>(children(item, "summary"));
        texts.addAll(children(item, "description"));
        if (texts.size() != 2 || isAtom) {
            return List.of();
        }
        texts.sort((a, b) -> Integer.compare(item.indexOf(a), item.indexOf(b)));
        return texts;
    }

    /** The element a title is read from, or null. */
    Element titleElement(Element parent) {
        return first(parent, TITLE);
    }

    /** The element the feed's description is read from, or null. */
    Element subtitleElement(Element channel) {
        return first(channel, SUBTITLE);
    }

    /** The element an entry's summary is read from, or null. */
    Element summaryElement(Element item) {
        return first(item, SUMMARY);
    }

    /** The element an entry's content is read from, or null. */
    Element contentElement(Element item) {
        return first(item, CONTENT);
    }

    /** The base URL in force where {@code parent} gives the link {@code href} (a link element's own xml:base counts). */
    String linkBase(Element parent, String href) {
        for (Element child : parent.getChildren()) {
            String key = key(child);
            if ((key.equals("link") || key.equals("atom:link"))
                    && (href.equals(FeedText.attribute(child, "href")) || href.equals(child.getTextTrim()))) {
                return base(child);
            }
        }
        return base(parent);
    }

    String title(Element parent) {
        FeedText.Text text = text(parent, TITLE);
        if (text == null) {
            Element group = first(parent, List.of("media:group"));
            text = group == null ? null : text(group, List.of("media:title"));
        }
        return plain(text);
    }

    /** RSS {@code <ttl>}: minutes the feed may be cached; null when absent, not a number or not positive. */
    Duration ttl(Element channel) {
        for (Element child : channel.getChildren()) {
            if (child.getName().equalsIgnoreCase("ttl")) {
                try {
                    long minutes = Long.parseLong(child.getTextTrim());
                    return minutes > 0 ? Duration.ofMinutes(minutes) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    String subtitle(Element channel) {
        return plain(text(channel, SUBTITLE));
    }

    private String html(Element item, List<String> keys) {
        Element element = first(item, keys);
        if (element == null && keys == SUMMARY) {
            Element group = first(item, List.of("media:group"));
            element = group == null ? null : first(group, List.of("media:description"));
        }
        return element == null ? null : html(element);
    }

    private String html(Element element) {
        FeedText.Text text = FeedText.of(element, isAtom);
        return text == null ? null : Links.absoluteInHtml(text.html(), base(element));
    }

    String id(Element item) {
        Element element = first(item, ID);
        String id = element == null ? null : element.getTextNormalize();
        if (id == null || id.isEmpty()) {
            id = item.getAttributeValue("about", RDF);
        }
        return id == null || id.isBlank() ? null : id.strip();
    }

    /** The RSS link text, else the first alternate Atom link, else CDF's href attribute; absolute or null. */
    String link(Element parent) {
        for (Element child : parent.getChildren()) {
            if (key(child).equals("link") && FeedText.attribute(child, "href").isEmpty()
                    && !child.getTextTrim().isEmpty()) {
                return Links.absolute(base(child), child.getTextTrim());
            }
        }
        for (Element child : parent.getChildren()) {
            String key = key(child);
            String href = FeedText.attribute(child, "href");
            String rel = FeedText.attribute(child, "rel").toLowerCase(Locale.ROOT);
            if ((key.equals("link") || key.equals("atom:link")) && !href.isEmpty()
                    && (rel.isEmpty() || rel.equals("alternate"))) {
                return Links.absolute(base(child), href);
            }
        }
        String href = FeedText.attribute(parent, "href");
        return href.isEmpty() ? null : Links.absolute(base(parent), href);
    }

    Instant published(Element item) {
        for (String key : DATE) {
            for (Element child : item.getChildren()) {
                if (key(child).equals(key)) {
                    Instant date = FeedDates.parse(child.getTextNormalize());
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return FeedDates.parse(FeedText.attribute(item, "lastmod"));
    }

    String author(Element item) {
        Element element = first(item, AUTHOR);
        if (element == null) {
            return null;
        }
        Element name = first(element, List.of("name", "atom:name"));
        String text = PlainText.of(name != null ? name.getText() : element.getText(), false);
        return text == null ? null : personName(text);
    }

    /** "Erika Mustermann (erika@example.de)", "erika@example.de (Erika Mustermann)" and "Name <mail>" give the name. */
    static String personName(String author) {
        Matcher mailFirst = MAIL_AND_NAME.matcher(author);
        if (mailFirst.matches()) {
            return mailFirst.group(2).strip();
        }
        Matcher nameFirst = NAME_AND_MAIL.matcher(author);
        if (nameFirst.matches() && !nameFirst.group(1).isBlank()) {
            return nameFirst.group(1).strip();
        }
        return author;
    }

    List<String> categories(Element item) {
        Set<String> names = new LinkedHashSet<>();
        for (Element child : item.getChildren()) {
            String key = key(child);
            String value = null;
            if (key.equals("category") || key.equals("atom:category")) {
                String label = FeedText.attribute(child, "label");
                String term = FeedText.attribute(child, "term");
                value = !child.getTextTrim().isEmpty() ? child.getText() : !label.isEmpty() ? label : term;
            } else if (key.equals("dc:subject")) {
                value = child.getText();
            }
            String name = PlainText.of(value, false);
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private FeedText.Text text(Element parent, List<String> keys) {
        Element element = first(parent, keys);
        return element == null ? null : FeedText.of(element, isAtom);
    }

    /** Plain text of a title-like value; an unlabelled one may still carry tags or entities (RSS does not say). */
    private static String plain(FeedText.Text text) {
        if (text == null) {
            return null;
        }
        if (!text.isDeclared()) {
            return PlainText.of(text.value(), false);
        }
        return text.isHtml() ? PlainText.of(text.value(), true) : PlainText.literal(text.value());
    }

    /** The first child matching the earliest key in {@code keys}. */
    private Element first(Element parent, List<String> keys) {
        List<Element> children = parent.getChildren();
        for (String key : keys) {
            for (Element child : children) {
                if (key(child).equals(key)) {
                    return child;
                }
            }
        }
        return null;
    }

    private List<Element> children(Element parent, String key) {
        List<Element> found = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            if (key(child).equals(key)) {
                found.add(child);
            }
        }
        return found;
    }

    /**
     * "title", or "dc:title" for an element of a known extension, "other:title" for one of an unknown prefixed
     * namespace; the feed's own namespace counts as none.
     */
    private String key(Element element) {
        String local = element.getName().toLowerCase(Locale.ROOT);
        String namespace = element.getNamespaceURI();
        if (namespace.isEmpty() || namespace.equals(rootNamespace)) {
            return local;
        }
        String normalized = namespace.toLowerCase(Locale.ROOT);
        if (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        String prefix = EXTENSIONS.get(normalized);
        if (RSS.contains(normalized)) {
            return local;
        }
        if (prefix == null) {
            // An unknown default namespace is the feed's own dialect (RSS 1.0's, Userland's); a prefixed one is not.
            return element.getNamespacePrefix().isEmpty() ? local : "other:" + local;
        }
        return prefix + ":" + local;
    }

    /** The base URL in force at {@code element}: xml:base attributes resolved from the root down, then the document URL. */
    String base(Element element) {
        List<String> bases = new ArrayList<>();
        for (Element at = element; at != null; at = at.getParentElement()) {
            String base = at.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null && !base.isBlank()) {
                bases.add(0, base);
            }
        }
        String base = documentUrl;
        for (String next : bases) {
            base = Links.resolve(base, next);
        }
        return base;
    }
}
