package de.presseschau.subscribe;

import de.presseschau.model.Subscription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes feeds as OPML 2.0: one outline per topic (in the order of feeds.txt) holding its feeds. */
public final class OpmlWriter {

    public String write(List<Subscription> subscriptions) {
        Map<String, StringBuilder> topics = new LinkedHashMap<>();
        for (Subscription feed : subscriptions) {
            String title = feed.title() == null ? feed.url() : feed.title();
            topics.computeIfAbsent(feed.topic(), topic -> new StringBuilder())
                    .append("      <outline type=\"rss\" text=\"").append(escape(title)).append("\" title=\"")
                    .append(escape(title)).append("\" xmlUrl=\"").append(escape(feed.url())).append("\"/>\n");
        }
        StringBuilder opml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
                + "  <head>\n    <title>Presseschau – Feeds</title>\n  </head>\n  <body>\n");
        topics.forEach((topic, feeds) -> opml.append("    <outline text=\"").append(escape(topic)).append("\" title=\"")
                .append(escape(topic)).append("\">\n").append(feeds).append("    </outline>\n"));
        return opml.append("  </body>\n</opml>\n").toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    // Control characters are not allowed in XML 1.0 at all.
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
