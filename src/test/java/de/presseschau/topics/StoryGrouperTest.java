package de.presseschau.topics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static de.presseschau.testing.StoryReports.BUDGET;
import static de.presseschau.testing.StoryReports.FLOOD_SPIEGEL;
import static de.presseschau.testing.StoryReports.FLOOD_TAGESSCHAU;
import static de.presseschau.testing.StoryReports.FLOOD_ZEIT;
import static de.presseschau.testing.StoryReports.FOOTBALL;
import static de.presseschau.testing.StoryReports.PORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryGrouperTest {

    private static final Instant MORNING = Instant.parse("2026-11-24T06:00:00Z");

    private final StoryGrouper grouper = new StoryGrouper(new GermanAnalysis(), Duration.ofDays(3));

    /** An arrival from a feed of its own. */
    private static StoryGrouper.Arrival arrival(long id, StoryText text, Duration later) {
        return arrival(id, id, text, later);
    }

    private static StoryGrouper.Arrival arrival(long id, long feedId, StoryText text, Duration later) {
        return new StoryGrouper.Arrival(id, feedId, MORNING.plus(later), text, Set.of());
    }

    private static long storyOf(List<StoryGrouper.Placement> placements, long articleId) {
        return placements.stream().filter(p -> p.articleId() == articleId).findFirst().orElseThrow().storyKey();
    }

    @Test
    void threeOutletsOnOneFloodBecomeOneStoryAndTheOtherReportsStayAlone() {
        List<StoryGrouper.Placement> placements = grouper.group(List.of(), List.of(
                arrival(1, FLOOD_TAGESSCHAU, Duration.ZERO), arrival(2, BUDGET, Duration.ofMinutes(10)),
                arrival(3, FLOOD_SPIEGEL, Duration.ofMinutes(20)), arrival(4, PORT, Duration.ofMinutes(30)),
                arrival(5, FOOTBALL, Duration.ofMinutes(40)), arrival(6, FLOOD_ZEIT, Duration.ofHours(2))));

        long flood = placements.get(0).storyKey();
        assertEquals(List.of(flood, flood, flood), List.of(placements.get(0).storyKey(), placements.get(2).storyKey(),
                placements.get(5).storyKey()));
        List<Long> keys = new ArrayList<>(List.of(flood, placements.get(1).storyKey(), placements.get(3).storyKey(),
                placements.get(4).storyKey()));
        assertEquals(4, keys.stream().distinct().count(), "budget, port and football each alone: " + placements);
        assertTrue(placements.get(2).similarity() >= StorySimilarity.SAME_STORY);
    }

    @Test
    void anArrivalJoinsAStoryAlreadyStored() {
        List<StoryGrouper.Placement> placements = grouper.group(
                List.of(new StoryGrouper.Grouped(10, 10, 77, MORNING, FLOOD_TAGESSCHAU),
                        new StoryGrouper.Grouped(11, 11, 78, MORNING, BUDGET),
                        new StoryGrouper.Grouped(12, 12, 79, MORNING, FOOTBALL)),
                List.of(arrival(13, FLOOD_SPIEGEL, Duration.ofHours(1)), arrival(14, PORT, Duration.ofHours(1))));

        assertEquals(77, placements.get(0).storyKey());
        assertEquals(10, placements.get(0).matchedArticleId());
        assertTrue(placements.get(1).isNewStory());
    }

    @Test
    void anArticleSplitOffAStoryNeverJoinsItAgain() {
        List<StoryGrouper.Grouped> stored = List.of(new StoryGrouper.Grouped(10, 10, 77, MORNING, FLOOD_TAGESSCHAU),
                new StoryGrouper.Grouped(11, 11, 78, MORNING, BUDGET), new StoryGrouper.Grouped(12, 12, 79, MORNING, FOOTBALL));

        StoryGrouper.Placement refused = grouper.group(stored,
                List.of(new StoryGrouper.Arrival(13, 13, MORNING, FLOOD_SPIEGEL, Set.of(77L)))).get(0);
        StoryGrouper.Placement allowed = grouper.group(stored, List.of(arrival(13, FLOOD_SPIEGEL, Duration.ZERO))).get(0);

        assertTrue(refused.isNewStory());
        assertEquals(77, allowed.storyKey());
    }

    @Test
    void reportsFurtherApartThanTheWindowAreNeverOneStory() {
        List<StoryGrouper.Placement> placements = grouper.group(
                List.of(new StoryGrouper.Grouped(10, 10, 77, MORNING, FLOOD_TAGESSCHAU)),
                List.of(arrival(13, FLOOD_SPIEGEL, Duration.ofDays(4))));

        assertNotEquals(77, placements.get(0).storyKey());
    }

    @Test
    void aStoryLastsAtMostTheWindowFromItsFirstReportSoLookAlikesCannotChainOnForever() {
        List<StoryGrouper.Placement> placements = grouper.group(List.of(), List.of(
                arrival(1, FLOOD_TAGESSCHAU, Duration.ZERO), arrival(2, FLOOD_SPIEGEL, Duration.ofHours(60)),
                arrival(3, FLOOD_ZEIT, Duration.ofHours(120)), arrival(4, BUDGET, Duration.ZERO)));

        assertEquals(storyOf(placements, 1), storyOf(placements, 2));
        assertNotEquals(storyOf(placements, 1), storyOf(placements, 3),
                "within the window of the second report, but five days after the first");
    }

    @Test
    void twoShortTeasersSharingOneRareWordStayApart() {
        // As a job board's one-line teaser and a search engine report did in captured feeds: one rare word in
        // common gives a high cosine, but no common event. In a real window their other words are common ones.
        StoryText jobs = new StoryText("Jobturbo", "Die große Stellen-Suchmaschine");
        StoryText search = new StoryText("Suchmaschine", "Google ändert seine Suchmaschine");
        List<StoryGrouper.Grouped> window = new ArrayList<>();
        for (long id = 10; id < 60; id++) {
            window.add(new StoryGrouper.Grouped(id, id, id, MORNING, new StoryText("Meldung " + id,
                    "Google ändert große Stellen im Haushalt Nummer " + id)));
        }
        StorySimilarity similarity = StorySimilarity.of(new GermanAnalysis(), Stream.concat(
                window.stream().map(StoryGrouper.Grouped::text), Stream.of(jobs, search)).toList());
        assertTrue(StorySimilarity.isSameStory(similarity.similarity(jobs, search)), "a high cosine, to begin with");

        List<StoryGrouper.Placement> placements = grouper.group(window,
                List.of(arrival(1, jobs, Duration.ZERO), arrival(2, search, Duration.ofMinutes(1))));

        assertNotEquals(storyOf(placements, 1), storyOf(placements, 2), placements.toString());
    }

    @Test
    void twoReportsOfOneFeedNeverMatchEachOther() {
        List<StoryGrouper.Placement> placements = grouper.group(List.of(), List.of(
                arrival(1, 7, FLOOD_TAGESSCHAU, Duration.ZERO), arrival(2, 7, FLOOD_SPIEGEL, Duration.ofMinutes(20))));

        assertNotEquals(storyOf(placements, 1), storyOf(placements, 2), placements.toString());
    }

    @Test
    void twoReportsOfOneFeedBothJoinTheStoryOfAnotherOutlet() {
        List<StoryGrouper.Placement> placements = grouper.group(
                List.of(new StoryGrouper.Grouped(10, 8, 77, MORNING, FLOOD_ZEIT)),
                List.of(arrival(1, 7, FLOOD_TAGESSCHAU, Duration.ofHours(1)),
                        arrival(2, 7, FLOOD_SPIEGEL, Duration.ofHours(2))));

        assertEquals(List.of(77L, 77L), placements.stream().map(StoryGrouper.Placement::storyKey).toList());
        assertEquals(List.of(10L, 10L), placements.stream().map(StoryGrouper.Placement::matchedArticleId).toList(),
                "each matched the other outlet's report, not the other report of its own feed");
    }
}
