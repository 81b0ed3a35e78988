package de.presseschau.topics;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code story-bench} command: groups the articles of story pairs (and of further files, as more news of the
 * same days) the way the refresh does, in batches, each against all articles grouped before; prints the time per
 * 1,000 articles, the peak heap, and how the people's same-story and different-story pairs ended up.
 */
public final class StoryBenchmark {

    /** Articles per simulated refresh. */
    static final int BATCH = 100;

    private final GermanAnalysis analysis;

    public StoryBenchmark(GermanAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Returns the last line it printed, the figures as JSON. */
    public String run(Path pairsFile, List<Path> moreNews, PrintStream out) throws IOException {
        List<StoryPair> pairs = new StoryEvaluation(analysis).read(pairsFile);
        Map<StoryText, Long> ids = new LinkedHashMap<>();
        for (StoryPair pair : pairs) {
            ids.putIfAbsent(pair.first(), (long) ids.size() + 1);
            ids.putIfAbsent(pair.second(), (long) ids.size() + 1);
        }
        for (Path file : moreNews) {
            for (StoryText text : JsonLines.read(file, StoryBenchmark::newsText)) {
                ids.putIfAbsent(text, (long) ids.size() + 1);
            }
        }
        List<StoryText> articles = List.copyOf(ids.keySet());
        // All within one day: every article is compared with every earlier one, the dearest case for a window.
        Instant day = Instant.parse("2026-11-24T06:00:00Z");
        StoryGrouper grouper = new StoryGrouper(analysis, Duration.ofDays(3));
        grouper.group(List.of(), arrivals(articles.subList(0, Math.min(BATCH, articles.size())), 1, day)); // warm-up
        System.gc();
        long heapBefore = usedHeap();
        resetPeaks();
        Map<Long, Long> storyOf = new HashMap<>();
        List<StoryGrouper.Grouped> grouped = new ArrayList<>();
        long nextStory = 1;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int from = 0; from < articles.size(); from += BATCH) {
            List<StoryText> batch = articles.subList(from, Math.min(from + BATCH, articles.size()));
            List<StoryGrouper.Placement> placements = grouper.group(grouped, arrivals(batch, from + 1, day));
            Map<Long, Long> newStories = new HashMap<>();
            for (StoryGrouper.Placement placement : placements) {
                long story = placement.storyKey();
                if (placement.isNewStory()) {
                    Long created = newStories.get(placement.storyKey());
                    if (created == null) {
                        created = nextStory++;
                        newStories.put(placement.storyKey(), created);
                    }
                    story = created;
                }
                storyOf.put(placement.articleId(), story);
                grouped.add(new StoryGrouper.Grouped(placement.articleId(), placement.articleId(), story, day,
                        articles.get((int) placement.articleId() - 1)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peakHeap = peakHeap();
        int together = 0;
        int same = 0;
        int wronglyTogether = 0;
        int different = 0;
        for (StoryPair pair : pairs) {
            boolean isTogether = storyOf.get(ids.get(pair.first())).equals(storyOf.get(ids.get(pair.second())));
            if (pair.overall() <= 1.5) {
                same++;
                together += isTogether ? 1 : 0;
            } else if (pair.overall() >= 3) {
                different++;
                wronglyTogether += isTogether ? 1 : 0;
            }
        }
        Map<Long, Integer> sizes = new HashMap<>();
        storyOf.values().forEach(story -> sizes.merge(story, 1, Integer::sum));
        long shared = sizes.values().stream().filter(size -> size > 1).count();
        double msPer1000 = seconds * 1000 / articles.size() * 1000;
        double cpuMsPer1000 = cpuSeconds * 1000 / articles.size() * 1000;
        out.printf("%d Artikel in Stapeln zu %d gruppiert (jeder Stapel gegen alle früheren): %.1f s, %.0f ms je "
                        + "1.000 Artikel; Rechenzeit %.1f s, %.0f ms je 1.000 Artikel%n",
                articles.size(), BATCH, seconds, msPer1000, cpuSeconds, cpuMsPer1000);
        out.printf("Heap: %.0f MB vorher, höchstens %.0f MB während der Gruppierung%n",
                heapBefore / 1e6, peakHeap / 1e6);
        out.printf("%d Geschichten, %d davon mit mehreren Artikeln; Paare gleicher Geschichte zusammen: %d von %d, "
                + "Paare verschiedener Geschichten fälschlich zusammen: %d von %d%n",
                sizes.size(), shared, together, same, wronglyTogether, different);
        String json = String.format(java.util.Locale.ROOT,
                "{\"articles\":%d,\"seconds\":%.2f,\"msPer1000Articles\":%.0f,\"cpuMsPer1000Articles\":%.0f,\"peakHeapMB\":%.0f,\"stories\":%d,"
                        + "\"sharedStories\":%d,\"samePairsTogether\":%d,\"samePairs\":%d,\"differentPairsTogether\":%d,"
                        + "\"differentPairs\":%d}",
                articles.size(), seconds, msPer1000, cpuMsPer1000, peakHeap / 1e6, sizes.size(), shared, together, same,
                wronglyTogether, different);
        out.println(json);
        return json;
    }

    private static List<StoryGrouper.Arrival> arrivals(List<StoryText> batch, int firstId, Instant day) {
        List<StoryGrouper.Arrival> arrivals = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            // Each article its own feed: every pair is compared, the slowest case.
            arrivals.add(new StoryGrouper.Arrival(firstId + i, firstId + i, day, batch.get(i), Set.of()));
        }
        return arrivals;
    }

    private static StoryText newsText(JsonNode row) {
        if (!row.hasNonNull("text")) {
            throw new IllegalArgumentException("\"text\" fehlt");
        }
        return new StoryText(row.path("title").asText(""), row.get("text").asText());
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any moment. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
