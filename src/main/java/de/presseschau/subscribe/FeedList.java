package de.presseschau.subscribe;

import de.presseschau.model.Subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The content of feeds.txt: {@code [Topic]} headings, feed URLs each with an optional {@code +lokal} and display title,
 * comments from a {@code #} at the start of a line or after a space, and blank lines. Bad lines are reported with their number and skipped.
 */
public record FeedList(List<Subscription> subscriptions, List<FeedListProblem> problems) {

    /**
     * Written right after a feed's URL, lets that feed's article pages be on the local network (an intranet, a NAS);
     * the feed itself may be there anyway.
     */
    public static final String LOCAL_FLAG = "+lokal";

    /** The topic of feeds listed before any heading. */
    public static final String DEFAULT_TOPIC = "Allgemein";

    /** Reads the text of a feeds.txt file. */
    public static FeedList parse(String text) {
        List<Subscription> subscriptions = new ArrayList<>();
        List<FeedListProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String topic = DEFAULT_TOPIC;
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = withoutComment(lines[i]).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3 || line.substring(1, line.length() - 1).isBlank()) {
                    problems.add(new FeedListProblem(number, line, "Überschrift muss die Form [Thema] haben"));
                } else {
                    topic = line.substring(1, line.length() - 1).strip();
                }
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String url = parts[0];
            String title = parts.length > 1 ? parts[1].strip() : null;
            boolean allowsPrivate = title != null && title.split("\\s+", 2)[0].equals(LOCAL_FLAG);
            if (allowsPrivate) {
                title = title.substring(LOCAL_FLAG.length()).strip();
            }
            String invalid = invalidUrlReason(url);
            if (invalid != null) {
                problems.add(new FeedListProblem(number, line, invalid));
            } else if (!seen.add(url)) {
                problems.add(new FeedListProblem(number, line, "Feed steht schon weiter oben in der Liste"));
            } else {
                subscriptions.add(new Subscription(url, title == null || title.isEmpty() ? null : title, topic, number,
                        allowsPrivate));
            }
        }
        return new FeedList(List.copyOf(subscriptions), List.copyOf(problems));
    }

    /** A "#" at the start of a line or after a space starts a comment; one inside a URL ("#top") does not. */
    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String invalidUrlReason(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "keine http(s)-Adresse";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "Adresse ohne Host";
            }
            return null;
        } catch (URISyntaxException e) {
            return "ungültige Adresse (" + e.getReason() + ")";
        }
    }
}
