package de.presseschau;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Scores one line of the parse command against the expectation in a feedparser test file's header, the way
 * ../shared/tools/feedparser-conformance.py does: only fields the reader models, compared as text (tags stripped,
 * entities unescaped, whitespace folded); in the sanitize folder, any active content fails.
 */
final class FeedparserConformance {

    /** The outcome for one file: whether it was scored at all, passed, and carried active content. */
    record Verdict(boolean isScored, boolean isPassed, boolean isUnsafe) {
    }

    private static final Pattern EXPECT = Pattern.compile("Description:\\s*(.*?)\\s*Expect:\\s*(.*?)\\s*-->", Pattern.DOTALL);
    private static final Pattern CLAUSE = Pattern.compile(
            "(feed|entries\\[(\\d+)\\])((?:\\[[^\\]]+\\]|\\.\\w+)+)\\s*==\\s*(.+)", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("\\[([^\\]]+)\\]|\\.(\\w+)");
    /** What Python's str.split() splits on: Unicode white space and the four separator controls. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\p{IsWhite_Space}\\u001C-\\u001F]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    static final Pattern ACTIVE = Pattern.compile("<\\s*(script|iframe|object|embed|style|form|meta|link|base|applet|frame)\\b"
            + "|\\son\\w+\\s*=|javascript:|vbscript:|expression\\s*\\(", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> FIELD = Map.ofEntries(
            Map.entry("feed/title", "title"), Map.entry("feed/title_detail/value", "title"),
            Map.entry("feed/link", "link"), Map.entry("feed/subtitle", "subtitle"), Map.entry("feed/tagline", "subtitle"),
            Map.entry("feed/description", "subtitle"), Map.entry("feed/subtitle_detail/value", "subtitle"),
            Map.entry("feed/tagline_detail/value", "subtitle"),
            Map.entry("entry/title", "title"), Map.entry("entry/title_detail/value", "title"),
            Map.entry("entry/link", "link"), Map.entry("entry/id", "id"), Map.entry("entry/guid", "id"),
            Map.entry("entry/description", "summaryHtml"), Map.entry("entry/summary", "summaryHtml"),
            Map.entry("entry/summary_detail/value", "summaryHtml"),
            Map.entry("entry/description_detail/value", "summaryHtml"),
            Map.entry("entry/content/0/value", "contentHtml"),
            Map.entry("entry/author", "author"), Map.entry("entry/author_detail/name", "author"),
            Map.entry("entry/published_parsed", "published"), Map.entry("entry/updated_parsed", "published"),
            Map.entry("entry/issued_parsed", "published"), Map.entry("entry/modified_parsed", "published"),
            Map.entry("entry/date_parsed", "published"));

    private record Clause(String field, boolean isFeed, int index, Object expected) {
    }

    private FeedparserConformance() {
    }

    static Verdict judge(byte[] file, boolean isSanitizeTest, JsonNode line) {
        JsonNode feed = line.path("feed");
        boolean unsafe = isSanitizeTest && isUnsafe(feed);
        List<Clause> clauses = clauses(header(file));
        if (clauses.isEmpty()) {
            return new Verdict(false, false, unsafe);
        }
        boolean passed = line.path("ok").asBoolean() && !unsafe;
        for (Clause clause : clauses) {
            passed &= passes(clause, feed);
        }
        return new Verdict(true, passed, unsafe);
    }

    private static boolean isUnsafe(JsonNode feed) {
        for (JsonNode entry : feed.path("entries")) {
            String all = entry.path("summaryHtml").asText("") + entry.path("contentHtml").asText("")
                    + entry.path("title").asText("");
            if (ACTIVE.matcher(all).find()) {
                return true;
            }
        }
        return ACTIVE.matcher(feed.path("subtitle").asText("")).find();
    }

    /** The header comment as upstream reads it: by byte order mark or the UTF-16/32 shape of "<", else UTF-8. */
    private static String header(byte[] file) {
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(file, 0, 0, 0xFE, 0xFF) || startsWith(file, 0, 0, 0, 0x3C)) {
            charset = Charset.forName("UTF-32BE");
        } else if (startsWith(file, 0xFF, 0xFE, 0, 0) || startsWith(file, 0x3C, 0, 0, 0)) {
            charset = Charset.forName("UTF-32LE");
        } else if (startsWith(file, 0xFE, 0xFF) || startsWith(file, 0, 0x3C)) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(file, 0xFF, 0xFE) || startsWith(file, 0x3C, 0)) {
            charset = StandardCharsets.UTF_16LE;
        }
        return new String(file, charset);
    }

    private static List<Clause> clauses(String text) {
        Matcher expect = EXPECT.matcher(text);
        List<Clause> clauses = new ArrayList<>();
        if (!expect.find()) {
            return clauses;
        }
        for (String part : expect.group(2).strip().split("\\s+and\\s+")) {
            Matcher clause = CLAUSE.matcher(part.strip());
            if (!clause.matches()) {
                continue;
            }
            boolean isFeed = clause.group(1).equals("feed");
            StringBuilder path = new StringBuilder(isFeed ? "feed" : "entry");
            Matcher key = KEY.matcher(clause.group(3));
            while (key.find()) {
                String name = key.group(1) != null ? key.group(1) : key.group(2);
                path.append('/').append(name.replaceAll("^['\"]|['\"]$", ""));
            }
            String field = FIELD.get(path.toString());
            Object expected = PythonLiteral.parse(clause.group(4).strip());
            if (field != null && expected != null) {
                clauses.add(new Clause(field, isFeed, isFeed ? 0 : Integer.parseInt(clause.group(2)), expected));
            }
        }
        return clauses;
    }

    private static boolean passes(Clause clause, JsonNode feed) {
        JsonNode owner = clause.isFeed() ? feed : feed.path("entries").path(clause.index());
        if (owner.isMissingNode()) {
            return false;
        }
        JsonNode value = owner.path(clause.field());
        String got = value.isNull() || value.isMissingNode() ? null : value.asText();
        if (clause.field().equals("published")) {
            return clause.expected() instanceof List<?> tuple && got != null && Instant.parse(got).equals(utc(tuple));
        }
        if (clause.field().equals("author")) {
            // feedparser adds the address: "Name (mail)".
            return got != null && !got.isEmpty() && text(String.valueOf(clause.expected())).contains(text(got));
        }
        return text(got).equals(text(String.valueOf(clause.expected())));
    }

    private static Instant utc(List<?> tuple) {
        if (tuple.size() < 6) {
            return null;
        }
        int[] parts = new int[6];
        for (int i = 0; i < 6; i++) {
            parts[i] = ((Number) tuple.get(i)).intValue();
        }
        return LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]).toInstant(ZoneOffset.UTC);
    }

    static String text(String html) {
        String text = TAG.matcher(html == null ? "" : html).replaceAll(" ");
        text = Parser.unescapeEntities(Parser.unescapeEntities(text, false), false);
        return String.join(" ", WHITESPACE.split(text)).strip();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
