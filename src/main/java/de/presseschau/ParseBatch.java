package de.presseschau;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.parse.FeedParseException;
import de.presseschau.parse.FeedParser;
import de.presseschau.parse.ParsedEntry;
import de.presseschau.parse.ParsedFeed;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Parses feed files with the reader's own parser and prints one JSON line per file: the feed and its entries as the
 * reader would keep them (HTML sanitized), or the error. Used to compare the parser with other feed parsers' suites.
 */
public final class ParseBatch {

    private final FeedParser parser;
    private final HtmlSanitizer sanitizer;
    // Non-ASCII is written as \\u escapes, so the lines survive a console whose encoding is not UTF-8.
    private final ObjectMapper json = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    public ParseBatch(FeedParser parser, HtmlSanitizer sanitizer) {
        this.parser = parser;
        this.sanitizer = sanitizer;
    }

    /** Prints one line per file, in the order given; a file that cannot be read or parsed gets a line with its error. */
    public void run(List<Path> files, PrintStream out) {
        for (Path file : files) {
            out.println(line(file).toString());
        }
    }

    /** The JSON object for one file: {@code {"file", "ok", "error", "feed"}}. */
    public ObjectNode line(Path file) {
        ObjectNode line = json.createObjectNode();
        line.put("file", file.toString());
        try {
            // A file has no HTTP charset and no URL: relative links stay unresolved unless the feed gives a base.
            ParsedFeed feed = parser.parse(Files.readAllBytes(file), null, null);
            line.put("ok", true);
            line.putNull("error");
            line.set("feed", feed(feed));
        } catch (IOException e) {
            line.put("ok", false);
            line.put("error", "Datei nicht lesbar: " + e.getMessage());
        } catch (FeedParseException e) {
            line.put("ok", false);
            line.put("error", e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug must cost one line, not the whole run; the message names it.
            line.put("ok", false);
            line.put("error", "Interner Fehler: " + e);
        }
        return line;
    }

    private ObjectNode feed(ParsedFeed feed) {
        ObjectNode node = json.createObjectNode();
        node.put("title", feed.title());
        node.put("link", feed.link());
        node.put("subtitle", feed.subtitle());
        ArrayNode entries = node.putArray("entries");
        for (ParsedEntry entry : feed.entries()) {
            entries.add(entry(entry, feed.link()));
        }
        return node;
    }

    private ObjectNode entry(ParsedEntry entry, String feedLink) {
        String base = entry.url() != null ? entry.url() : feedLink;
        ObjectNode node = json.createObjectNode();
        node.put("id", entry.guid());
        node.put("title", entry.title());
        node.put("link", entry.url());
        node.put("published", entry.publishedAt() == null ? null : entry.publishedAt().toString());
        node.put("author", entry.author());
        // As the reader shows an entry: the teaser comes from the content when there is no summary, and the body
        // from the summary when there is no content.
        String summary = entry.summaryHtml() != null ? entry.summaryHtml() : entry.contentHtml();
        String content = entry.contentHtml() != null ? entry.contentHtml() : entry.summaryHtml();
        node.put("summaryHtml", sanitized(summary, base));
        node.put("contentHtml", sanitized(content, base));
        ArrayNode categories = node.putArray("categories");
        entry.categories().forEach(categories::add);
        return node;
    }

    private String sanitized(String html, String base) {
        return html == null ? null : sanitizer.sanitize(html, base);
    }
}
