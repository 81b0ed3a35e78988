package de.presseschau.parse;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jdom2.Element;
import org.jsoup.nodes.Entities;

/**
 * Maps ROME's model of a feed onto {@link ParsedFeed}, supplemented and corrected from the same JDOM tree
 * ({@link FeedReader}) where ROME's model loses information.
 *
 * <p>From ROME: which elements are entries and in what order, ids (RSS guid, RDF about, Atom id), links (RSS link,
 * permalink guids; for Atom the alternate link of ROME's wire model, since its SyndFeed link falls back to the self
 * link), titles, descriptions and content as character data, dates (including its Dublin Core fallbacks), authors
 * (with "Name (mail)" reduced to the name) and categories (dc:subject included; an Atom category's label where
 * ROME's model offers one, being the name meant for people).
 *
 * <p>From the tree: every field ROME leaves empty (other namespaces such as iTunes and Media RSS, xhtml:body, dates
 * ROME's date parser cannot read, such as German ones); text whose element holds more than character data (inline
 * XHTML, base64, CDATA in Atom 0.3's xml mode), which ROME passes on raw or serialized with its wrapper and
 * namespaces; the base URL (xml:base) links are resolved against, since ROME ignores it in RSS and resolves nested
 * bases wrongly in Atom; and an RSS item's separate summary, which ROME does not know.
 */
final class RomeMapping {

    private final SyndFeed feed;
    private final FeedReader tree;
    private final boolean isAtom03;

    RomeMapping(SyndFeed feed, FeedReader tree) {
        this.feed = feed;
        this.tree = tree;
        this.isAtom03 = "atom_0.3".equals(feed.getFeedType());
    }

    ParsedFeed map() {
        Element channel = tree.channel();
        List<SyndEntry> romeEntries = feed.getEntries();
        List<Element> items = align(romeEntries, tree.items());
        List<ParsedEntry> entries = new ArrayList<>();
        for (int i = 0; i < romeEntries.size(); i++) {
            entries.add(entry(romeEntries.get(i), items.get(i)));
        }
        Element titleElement = tree.titleElement(channel);
        Element subtitleElement = tree.subtitleElement(channel);
        String title = pick(titleElement, () -> plain(feed.getTitleEx(), feed.getTitle(), titleElement),
                () -> tree.title(channel));
        String subtitle = pick(subtitleElement,
                () -> plain(feed.getDescriptionEx(), feed.getDescription(), subtitleElement),
                () -> tree.subtitle(channel));
        String link = feed.originalWireFeed() instanceof Feed atom ? alternate(atom.getAlternateLinks()) : feed.getLink();
        String absolute = link == null ? null : Links.absolute(tree.linkBase(channel, link.strip()), link.strip());
        Duration ttl = feed.originalWireFeed() instanceof Channel rss && rss.getTtl() > 0
                ? Duration.ofMinutes(rss.getTtl()) : tree.ttl(channel);
        return new ParsedFeed(title, either(absolute, () -> tree.link(channel)), List.copyOf(entries), subtitle, ttl);
    }

    /**
     * The element each of ROME's entries was read from. Both keep document order, so when both found as many they
     * pair by position; otherwise an entry takes the next element with its id (or, without one, its title), and an
     * entry without a match is mapped from ROME alone.
     */
    private List<Element> align(List<SyndEntry> entries, List<Element> items) {
        if (entries.size() == items.size()) {
            return items;
        }
        List<Element> aligned = new ArrayList<>();
        int next = 0;
        for (SyndEntry entry : entries) {
            Element match = null;
            for (int i = next; i < items.size() && match == null; i++) {
                if (isSameEntry(entry, items.get(i))) {
                    match = items.get(i);
                    next = i + 1;
                }
            }
            aligned.add(match);
        }
        return aligned;
    }

    private boolean isSameEntry(SyndEntry entry, Element item) {
        String guid = guid(entry);
        if (guid != null) {
            return guid.equals(tree.id(item));
        }
        Element title = tree.titleElement(item);
        return entry.getTitle() != null && title != null && entry.getTitle().strip().equals(title.getTextTrim());
    }

    private ParsedEntry entry(SyndEntry entry, Element item) {
        if (item == null) {
            return romeOnly(entry);
        }
        String guid = guid(entry);
        String link = url(entry, guid);
        String url = link == null ? null : Links.absolute(tree.linkBase(item, link), link);
        Element title = tree.titleElement(item);
        Element summary = tree.summaryElement(item);
        Element content = tree.contentElement(item);
        String summaryHtml = tree.teaserAndBody(item).isEmpty()
                ? pick(summary, () -> html(entry.getDescription(), base(summary, item)), () -> tree.summary(item))
                : tree.summary(item);
        return new ParsedEntry(
                either(guid, () -> tree.id(item)),
                either(url, () -> tree.url(item)),
                pick(title, () -> plain(entry.getTitleEx(), entry.getTitle(), title), () -> tree.title(item)),
                either(published(entry), () -> tree.published(item)),
                summaryHtml,
                pick(content, () -> content(entry.getContents(), base(content, item)), () -> tree.content(item)),
                either(author(entry), () -> tree.author(item)),
                either(categories(entry), () -> tree.categories(item)));
    }

    /** An entry whose element could not be found: what ROME read, links resolved against the document's base. */
    private ParsedEntry romeOnly(SyndEntry entry) {
        String base = tree.base(tree.channel());
        String guid = guid(entry);
        return new ParsedEntry(guid, Links.absolute(base, url(entry, guid)),
                plain(entry.getTitleEx(), entry.getTitle(), null), published(entry),
                html(entry.getDescription(), base), content(entry.getContents(), base), author(entry),
                categories(entry));
    }

    /** ROME's value, unless {@code source} holds encoded text or ROME has none: then the tree's. */
    private <T> T pick(Element source, Supplier<T> rome, Supplier<T> fromTree) {
        if (source != null && FeedText.isEncoded(source, isAtom03)) {
            return fromTree.get();
        }
        return either(rome.get(), fromTree);
    }

    private String base(Element source, Element item) {
        return tree.base(source != null ? source : item);
    }

    /** ROME's value, else (only then read) the tree's. */
    private static <T> T either(T rome, Supplier<T> fromTree) {
        if (rome == null || rome instanceof List<?> list && list.isEmpty()) {
            return fromTree.get();
        }
        return rome;
    }

    /** The first alternate link's href as the feed wrote it (ROME's resolved one follows nested xml:base wrongly). */
    private static String alternate(List<Link> links) {
        for (Link link : links) {
            if (link.getHref() != null && !link.getHref().isBlank()) {
                return link.getHref();
            }
        }
        return null;
    }

    /** The id the feed itself gives the entry (RSS guid, RDF about, Atom id), not one ROME derives from the link. */
    private String guid(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        String id = null;
        if (wire instanceof Item item) {
            // ROME fills Item.uri with the link for RSS 0.9x/2.0; only in RSS 1.0 is it the item's rdf:about.
            id = item.getGuid() != null ? item.getGuid().getValue()
                    : "rss_1.0".equals(feed.getFeedType()) ? item.getUri() : null;
        } else if (wire instanceof Entry atom) {
            id = atom.getId();
        }
        return id == null || id.isBlank() ? null : id.strip();
    }

    /** The entry's link as the feed wrote it: Atom's alternate link, RSS's link, else a permalink guid; or null. */
    private static String url(SyndEntry entry, String guid) {
        String link = entry.getWireEntry() instanceof Entry atom ? alternate(atom.getAlternateLinks()) : entry.getLink();
        if ((link == null || link.isBlank()) && entry.getWireEntry() instanceof Item item
                && item.getGuid() != null && item.getGuid().isPermaLink()) {
            link = guid;
        }
        return link == null || link.isBlank() ? null : link.strip();
    }

    private static Instant published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static String content(List<SyndContent> contents, String base) {
        for (SyndContent content : contents) {
            String html = html(content, base);
            if (html != null) {
                return html;
            }
        }
        return null;
    }

    /** The value as markup: Atom's explicit plain text is escaped so it reads the same as HTML. */
    private static String html(SyndContent content, String base) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return null;
        }
        String value = Mojibake.repair(content.getValue().strip());
        // Only Atom's type="text" is trustworthy: ROME labels every RSS description "text/plain", yet RSS carries HTML.
        String html = "text".equals(content.getType()) ? Entities.escape(value) : FeedText.closeSelfClosingTags(value);
        return Links.absoluteInHtml(html, base);
    }

    private static String author(SyndEntry entry) {
        String author = PlainText.of(entry.getAuthor(), false);
        if (author != null) {
            return FeedReader.personName(author);
        }
        for (SyndPerson person : entry.getAuthors()) {
            String name = PlainText.of(person.getName(), false);
            if (name != null) {
                return FeedReader.personName(name);
            }
        }
        return null;
    }

    private static List<String> categories(SyndEntry entry) {
        List<String> raw = new ArrayList<>();
        if (entry.getWireEntry() instanceof Entry atom) {
            // ROME names a category by its term; Atom's label, where given, is the one meant for people.
            atom.getCategories().stream()
                    .map(c -> c.getLabel() != null && !c.getLabel().isBlank() ? c.getLabel() : c.getTerm())
                    .forEach(raw::add);
        } else {
            entry.getCategories().stream().map(SyndCategory::getName).forEach(raw::add);
        }
        // ROME keeps dc:subject (RSS 1.0's way of naming a section) apart from the categories.
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            dc.getSubjects().stream().map(DCSubject::getValue).forEach(raw::add);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String category : raw) {
            String name = PlainText.of(category, false);
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /**
     * A title-like value as plain text. A value the feed declares plain (Atom's type="text" on {@code source}) is
     * meant literally, what looks like a tag included; otherwise tags and entities in it count as markup.
     */
    private static String plain(SyndContent text, String value, Element source) {
        if (source != null && FeedText.attribute(source, "type").equalsIgnoreCase("text")) {
            return PlainText.literal(value);
        }
        return PlainText.of(value, isMarkup(text));
    }

    private static boolean isMarkup(SyndContent text) {
        return text != null && text.getType() != null && text.getType().toLowerCase(Locale.ROOT).contains("html");
    }
}
