package de.presseschau.extract;

import de.presseschau.fetch.ContentTypes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds the feed a web page names in {@code <link rel="alternate" type="application/rss+xml|atom+xml">}. */
public final class FeedDiscovery {

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/xml", "text/xml");

    private final PageDecoder decoder = new PageDecoder();

    /** True when the response is a web page rather than XML: by its Content-Type, else by how it starts. */
    public boolean isHtml(byte[] body, String contentType) {
        String type = ContentTypes.mediaType(contentType);
        if (type.contains("html")) {
            return true;
        }
        String start = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").strip().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    /** The absolute URL of the first RSS or Atom feed the page links to as an alternate, if any. */
    public Optional<String> find(byte[] page, String httpCharset, String pageUrl) {
        String html = decoder.decode(page, httpCharset);
        for (Element link : Jsoup.parse(html, pageUrl).select("link[rel][href][type]")) {
            boolean alternate = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
            String type = ContentTypes.mediaType(link.attr("type"));
            String href = link.absUrl("href");
            if (alternate && FEED_TYPES.contains(type) && (href.startsWith("http://") || href.startsWith("https://"))) {
                return Optional.of(href);
            }
        }
        return Optional.empty();
    }
}
