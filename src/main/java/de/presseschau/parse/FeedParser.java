package de.presseschau.parse;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.util.Locale;
import org.jdom2.Document;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with ROME (other dialects such as CDF from the XML tree) into
 * {@link ParsedFeed}, getting German text right whatever the bytes declare.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li>Decode the bytes ourselves ({@link FeedDecoder}): a byte order mark wins, then the XML declaration, then the
 *       HTTP charset, then UTF-8 if the bytes are valid UTF-8, else windows-1252. ISO-8859-1 and US-ASCII are read
 *       as windows-1252; a UTF-8 label on bytes that are not UTF-8 falls back to windows-1252.</li>
 *   <li>Refuse what is not a feed: empty or binary bodies and HTML pages.</li>
 *   <li>Repair the XML ({@link XmlRepair}): drop junk before the root, the DOCTYPE (so no external entity or DTD is
 *       ever loaded) and characters XML forbids; turn HTML entities such as {@code &auml;} into numeric ones.</li>
 *   <li>Parse strictly into a JDOM tree ({@link SafeXml}), DOCTYPEs disallowed as a second line of defence.</li>
 *   <li>Hand that tree to ROME and map ROME's model to our records ({@link RomeMapping}), supplemented from the
 *       tree ({@link FeedReader}) where ROME's model is empty or wrong: plain-text titles, HTML summaries and
 *       content, absolute links (xml:base honoured), dates ROME cannot read ({@link FeedDates}), and text that was
 *       double-encoded upstream repaired ({@link Mojibake}).</li>
 *   <li>Only when ROME cannot read the document at all (it throws: an unknown dialect, CDF, RSS without a channel)
 *       is the tree mapped alone ({@link FeedReader#feed()}).</li>
 * </ol>
 * Stateless and safe to share between threads.
 */
public final class FeedParser {

    /**
     * @param body        the raw bytes of the response
     * @param httpCharset the charset of the Content-Type header, or null
     * @param baseUrl     the URL the feed was fetched from, to resolve relative links, or null
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
        String xml = XmlRepair.repair(text);
        String root = XmlRepair.rootName(xml);
        if (root.isEmpty()) {
            throw new FeedParseException("Keine Feed-Datei: kein XML erhalten");
        }
        if (root.equals("html") || root.equals("body") || root.equals("head")) {
            throw new FeedParseException("Keine Feed-Datei: HTML-Seite erhalten");
        }
        Document document = SafeXml.parse(xml);
        FeedReader tree = FeedReader.of(document, baseUrl);
        SyndFeed feed = rome(document);
        return feed == null ? tree.feed() : new RomeMapping(feed, tree).map();
    }

    /** The charset {@link #parse} reads these bytes in (after the byte order mark, declaration, HTTP charset, content). */
    public String encoding(byte[] body, String httpCharset) {
        return FeedDecoder.charsetName(body, httpCharset);
    }

    /** ROME's reading of the document, or null when ROME knows no dialect for it or cannot map it. */
    private static SyndFeed rome(Document document) {
        // Built from our tree, ROME never parses text itself: no second XML parser, no DTD, no entity expansion.
        SyndFeedInput input = new SyndFeedInput(false, Locale.US);
        input.setPreserveWireFeed(true);
        try {
            return input.build(document);
        } catch (FeedException | RuntimeException e) {
            // "Invalid document" for dialects it does not know, and NullPointerExceptions or a base64 decoder that
            // overruns on documents it half knows: the tree reads those.
            return null;
        }
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
}
