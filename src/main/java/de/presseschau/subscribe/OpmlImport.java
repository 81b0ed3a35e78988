package de.presseschau.subscribe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends the feeds of an OPML file to feeds.txt, grouped under headings named after the OPML's categories, and
 * leaves out what feeds.txt already lists; the lines above stay exactly as they were.
 */
public final class OpmlImport {

    /** What the import did: the feeds it added, and the ones it left out with the reason. */
    public record Result(List<OpmlFeed> added, List<Skipped> skipped) {
    }

    /** A feed of the OPML file that was not added, and why. */
    public record Skipped(OpmlFeed feed, String reason) {
    }

    private final Path feedsFile;

    public OpmlImport(Path feedsFile) {
        this.feedsFile = feedsFile;
    }

    public Result importFeeds(List<OpmlFeed> feeds) {
        String existing = read();
        Set<String> known = new HashSet<>();
        FeedList.parse(existing).subscriptions().forEach(subscription -> known.add(subscription.url()));
        List<OpmlFeed> added = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, StringBuilder> byCategory = new LinkedHashMap<>();
        for (OpmlFeed feed : feeds) {
            String line = feed.url() + (feed.title() == null ? "" : "   " + titleForLine(feed.title()));
            FeedList parsed = FeedList.parse(line);
            if (parsed.subscriptions().isEmpty()) {
                skipped.add(new Skipped(feed, parsed.problems().isEmpty() ? "keine Feed-Adresse"
                        : parsed.problems().get(0).reason()));
            } else if (!known.add(feed.url())) {
                skipped.add(new Skipped(feed, "steht schon in feeds.txt"));
            } else {
                added.add(feed);
                byCategory.computeIfAbsent(heading(feed.category()), c -> new StringBuilder()).append(line).append('\n');
            }
        }
        if (!added.isEmpty()) {
            StringBuilder text = new StringBuilder(existing.isEmpty() || existing.endsWith("\n") ? "" : "\n");
            text.append("\n# aus OPML übernommen\n");
            byCategory.forEach((category, lines) -> text.append('[').append(category).append("]\n").append(lines));
            append(text.toString());
        }
        return new Result(List.copyOf(added), List.copyOf(skipped));
    }

    /** A "#" after a space would start a comment in feeds.txt, so titles lose theirs. */
    private static String titleForLine(String title) {
        return title.replace("#", "").replaceAll("\\s+", " ").strip();
    }

    private static String heading(String category) {
        String clean = category == null ? "" : category.replace("#", "").replaceAll("\\s+", " ").strip();
        return clean.isEmpty() ? FeedList.DEFAULT_TOPIC : clean;
    }

    private String read() {
        try {
            return Files.exists(feedsFile) ? Files.readString(feedsFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("Feed-Liste nicht lesbar: " + feedsFile.toAbsolutePath(), e);
        }
    }

    private void append(String text) {
        try {
            Files.writeString(feedsFile, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Feed-Liste nicht schreibbar: " + feedsFile.toAbsolutePath(), e);
        }
    }
}
