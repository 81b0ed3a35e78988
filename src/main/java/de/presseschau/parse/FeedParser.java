package de.presseschau.parse;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with ROME into {@link ParsedFeed}, getting German text right whatever the bytes
 * declare.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li>Decode the bytes ourselves ({@link FeedDecoder}): a byte order mark wins, then the XML declaration, then the
 *       HTTP charset, then UTF-8 if the bytes are valid UTF-8, else windows-1252. ISO-8859-1 and US-ASCII are read
 *       as windows-1252; a UTF-8 label on bytes that are not UTF-8 falls back to windows-1252.</li>
 *   <li>Refuse what is not a feed: empty or binary bodies and HTML pages.</li>
 *   <li>Repair the XML ({@link XmlRepair}): drop junk before the root, the DOCTYPE (so no external entity or DTD is
 *       ever loaded) and characters XML forbids; turn HTML entities such as {@code &auml;} into numeric ones.</li>
 *   <li>Let ROME parse from a Reader, with DOCTYPEs disallowed as a second line of defence.</li>
 *   <li>Map to our records: plain-text titles, absolute links, and text that was double-encoded upstream repaired
 *       ({@link Mojibake}).</li>
 * </ol>
 * Stateless and safe to share between threads.
 */
public final class FeedParser {

    /**
     * @param body        the raw bytes of the response
     * @param httpCharset the charset of the Content-Type header, or null
     * @param baseUrl     the URL the feed was fetched from, to resolve relative links
     */
    public ParsedFeed parse(byte[] body, String httpCharset, String baseUrl) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("Keine Feed-Datei: leere Antwort");
        }
        String text = FeedDecoder.decode(body, httpCharset);
        if (text.isBlank()) {
            throw new FeedParseException("Keine Feed-Datei: leere Antwort");
        }
        if (isBinary(text)) {
            throw new FeedParseException("Keine Feed-Datei: Binärdaten erhalten");
        }
        String xml = GermanDates.normalize(XmlRepair.repair(text));
        String root = XmlRepair.rootName(xml);
        if (root.isEmpty()) {
            throw new FeedParseException("Keine Feed-Datei: kein XML erhalten");
        }
        if (root.equals("html") || root.equals("body") || root.equals("head")) {
            throw new FeedParseException("Keine Feed-Datei: HTML-Seite erhalten");
        }
        SyndFeed feed = read(xml, root);
        List<ParsedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(toEntry(entry, feed.getFeedType(), baseUrl));
        }
        return new ParsedFeed(PlainText.of(feed.getTitle(), isMarkup(feed.getTitleEx())),
                Links.absolute(baseUrl, feed.getLink()), List.copyOf(entries), PlainText.of(feed.getDescription(), true));
    }

    private static SyndFeed read(String xml, String root) throws FeedParseException {
        SyndFeedInput input = new SyndFeedInput(false, Locale.US);
        input.setPreserveWireFeed(true);
        input.setAllowDoctypes(false);
        // Our XmlRepair already healed the text; ROME's healer would also rewrite entities inside CDATA.
        input.setXmlHealerOn(false);
        try {
            return input.build(new StringReader(xml));
        } catch (ParsingFeedException e) {
            String where = e.getLineNumber() > 0 ? "Zeile " + e.getLineNumber() + ": " : "";
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new FeedParseException("Fehlerhaftes XML: " + where + saxMessage(cause), e);
        } catch (IllegalArgumentException e) {
            throw new FeedParseException("Keine Feed-Datei: unbekanntes Format <" + root + ">", e);
        } catch (FeedException e) {
            throw new FeedParseException("Feed nicht lesbar: " + e.getMessage(), e);
        }
    }

    private static ParsedEntry toEntry(SyndEntry entry, String feedType, String baseUrl) {
        String guid = guid(entry, feedType);
        return new ParsedEntry(
                guid,
                url(entry, guid, baseUrl),
                PlainText.of(entry.getTitle(), isMarkup(entry.getTitleEx())),
                published(entry),
                html(entry.getDescription()),
                content(entry.getContents()),
                author(entry),
                categories(entry));
    }

    /** The id the feed itself gives the entry (RSS guid, RDF about, Atom id), not one ROME derives from the link. */
    private static String guid(SyndEntry entry, String feedType) {
        Object wire = entry.getWireEntry();
        String id = null;
        if (wire instanceof Item item) {
            // ROME fills Item.uri with the link for RSS 0.9x/2.0; only in RSS 1.0 is it the item's rdf:about.
            id = item.getGuid() != null ? item.getGuid().getValue()
                    : "rss_1.0".equals(feedType) ? item.getUri() : null;
        } else if (wire instanceof Entry atom) {
            id = atom.getId();
        }
        return id == null || id.isBlank() ? null : id.trim();
    }

    private static String url(SyndEntry entry, String guid, String baseUrl) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            link = entry.getLinks().stream()
                    .filter(l -> l.getRel() == null || l.getRel().equals("alternate"))
                    .map(SyndLink::getHref)
                    .findFirst()
                    .orElse(null);
        }
        if ((link == null || link.isBlank()) && entry.getWireEntry() instanceof Item item
                && item.getGuid() != null && item.getGuid().isPermaLink()) {
            link = guid;
        }
        return Links.absolute(baseUrl, link);
    }

    private static Instant published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static String content(List<SyndContent> contents) {
        for (SyndContent content : contents) {
            String html = html(content);
            if (html != null) {
                return html;
            }
        }
        return null;
    }

    /** The value as markup: Atom's explicit plain text is escaped so it reads the same as HTML. */
    private static String html(SyndContent content) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return null;
        }
        String value = Mojibake.repair(content.getValue().trim());
        // Only Atom's type="text" is trustworthy: ROME labels every RSS description "text/plain", yet RSS carries HTML.
        return "text".equals(content.getType()) ? Entities.escape(value) : value;
    }

    private static String author(SyndEntry entry) {
        String author = PlainText.of(entry.getAuthor(), false);
        if (author != null) {
            return author;
        }
        for (SyndPerson person : entry.getAuthors()) {
            String name = PlainText.of(person.getName(), false);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static List<String> categories(SyndEntry entry) {
        List<String> raw = new ArrayList<>();
        entry.getCategories().stream().map(SyndCategory::getName).forEach(raw::add);
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

    private static boolean isMarkup(SyndContent text) {
        return text != null && text.getType() != null && text.getType().toLowerCase(Locale.ROOT).contains("html");
    }

    private static boolean isBinary(String text) {
        int sample = Math.min(text.length(), 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                controls++;
            }
        }
        return controls > sample / 20;
    }

    private static String saxMessage(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        // JDOM prefixes "Error on line 3: ", which we already say in German.
        return message.replaceFirst("^Error on line \\d+(, column \\d+)?: ", "");
    }
}
