package de.presseschau.refresh;

import de.presseschau.extract.ArticleExtractor;
import de.presseschau.extract.HtmlSanitizer;
import de.presseschau.fetch.AddressPolicy;
import de.presseschau.fetch.Fetcher;
import de.presseschau.fetch.HttpSettings;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.Section;
import de.presseschau.model.SectionAssignment;
import de.presseschau.model.SectionSource;
import de.presseschau.model.Subscription;
import de.presseschau.parse.FeedParser;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.SectionStore;
import de.presseschau.testing.FixtureServer;
import de.presseschau.testing.FixtureServer.Response;
import de.presseschau.topics.GermanAnalysis;
import de.presseschau.topics.SectionNames;
import de.presseschau.topics.SectionSignals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mixed "all news" feed through the real refresh: the sections sort themselves. */
class SectionUpdaterTest {

    private final FixtureServer server = new FixtureServer();
    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final SectionStore sections = new SectionStore(database);
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final FeedRefresher refresher = refresherWith(newSectionUpdater());

    private SectionUpdater newSectionUpdater() {
        return new SectionUpdater(sections, new SectionSignals(new SectionNames()), new GermanAnalysis());
    }

    /** A refresher whose refreshes end with {@code steps}: a new SectionUpdater is the one of a reader just started. */
    private FeedRefresher refresherWith(ArticleSteps steps) {
        return new FeedRefresher(
                new Fetcher(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 5_000_000, 5, "Presseschau-Test")),
                // The fixture server's pages are on 127.0.0.1.
                AddressPolicy.publicAndLoopback(),
                new FeedParser(), new ArticleExtractor(sanitizer), sanitizer, feeds, articles,
                RefreshSettings.defaults(), ScheduleSettings.defaults(), new java.util.SplittableRandom(), Clock.systemUTC(),
                steps);
    }

    @AfterEach
    void close() {
        server.close();
        database.close();
    }

    private String item(String path, String title, String text, String category) {
        return "<item><title>" + title + "</title><link>" + server.url(path) + "</link><guid>" + path + "</guid>"
                + (category == null ? "" : "<category>" + category + "</category>")
                + "<description>" + text + "</description></item>";
    }

    private void refreshMixedFeed(String topic, String... moreItems) {
        String items = String.join("", moreItems) + String.join("",
                item("/a/1", "Tor in der Nachspielzeit", "Der Stürmer traf, die Mannschaft gewann das Spiel.", "Sport"),
                item("/a/2", "Trainer entlassen", "Nach der Niederlage im Stadion muss der Trainer gehen.", "Sport"),
                item("/a/3", "Pokalfinale", "Der Torwart hielt den Elfmeter, die Mannschaft jubelte.", "Fußball"),
                item("/a/4", "Zinsen steigen", "Die Notenbank erhöht den Leitzins, die Börse reagiert.", "Wirtschaft"),
                item("/a/5", "Konzern mit Verlust", "Die Aktie fällt, der Konzern meldet weniger Gewinn.", "Wirtschaft"),
                item("/a/6", "Inflation sinkt", "Die Preise steigen langsamer, die Notenbank ist zufrieden.", "Börse"),
                item("/a/7", "Koalition streitet", "Die Regierung ringt um den Haushalt.", "Inland"),
                item("/wirtschaft/unternehmen/8", "Werk schließt", "Der Hersteller baut Stellen ab.", null),
                item("/a/9", "Derby am Samstag", "Die Mannschaft will im Stadion den Sieg, der Trainer ist zuversichtlich.", null));
        serveAllNews(items);
        feeds.sync(List.of(new Subscription(server.url("/alle.xml"), null, topic, 0)), Clock.systemUTC().instant());
        refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);
    }

    /** Serves {@code items} as the mixed feed "Alle Meldungen". */
    private void serveAllNews(String items) {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Alle Meldungen</title>"
                + "<link>http://127.0.0.1/</link><description>Test</description>" + items + "</channel></rss>";
        server.serve("/alle.xml", Response.ok("application/rss+xml; charset=utf-8", rss.getBytes(StandardCharsets.UTF_8)));
    }

    /** After a first refresh, the derby put in KULTUR as if by the classifier: a marker a retraining would move. */
    private long derbyMarkedAsKultur() {
        refreshMixedFeed("Nachrichten");
        long derby = idOf("Derby am Samstag");
        sections.save(derby, new SectionAssignment(Section.KULTUR, SectionSource.CLASSIFIER, null, 0.5));
        return derby;
    }

    private long idOf(String title) {
        return articles.findTeasers(null, 50, 0).stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow().id();
    }

    private Map<String, SectionAssignment> byTitle() {
        List<ArticleTeaser> all = articles.findTeasers(null, 50, 0);
        Map<Long, SectionAssignment> found = sections.findAll(all.stream().map(ArticleTeaser::id).toList());
        return all.stream().filter(t -> found.containsKey(t.id()))
                .collect(Collectors.toMap(ArticleTeaser::title, t -> found.get(t.id())));
    }

    @Test
    void categoriesThenUrlThenTheClassifierSortAMixedFeed() {
        refreshMixedFeed("Nachrichten");
        Map<String, SectionAssignment> sorted = byTitle();

        assertEquals(new SectionAssignment(Section.POLITIK, SectionSource.CATEGORY, "Inland", 1), sorted.get("Koalition streitet"));
        assertEquals(new SectionAssignment(Section.SPORT, SectionSource.CATEGORY, "Fußball", 1), sorted.get("Pokalfinale"));
        assertEquals(new SectionAssignment(Section.WIRTSCHAFT, SectionSource.URL, "/wirtschaft/", 1), sorted.get("Werk schließt"));
        SectionAssignment guessed = sorted.get("Derby am Samstag");
        assertEquals(Section.SPORT, guessed.section());
        assertEquals(SectionSource.CLASSIFIER, guessed.source());
        assertTrue(guessed.reason().startsWith("vom Klassifikator, "), guessed.reason());
        assertEquals(9, sorted.size());
    }

    @Test
    void aHeadingThatNamesASectionDecidesForEveryArticleOfItsFeeds() {
        refreshMixedFeed("Wirtschaft");

        assertTrue(byTitle().values().stream().allMatch(a -> a.section() == Section.WIRTSCHAFT && a.source() == SectionSource.TOPIC));
    }

    @Test
    void anArticleTheUserMovedStaysWhereTheUserPutIt() {
        refreshMixedFeed("Nachrichten");
        long derby = idOf("Derby am Samstag");
        sections.save(derby, new SectionAssignment(Section.PANORAMA, SectionSource.USER, null, 1));

        // A new article makes the classifier run again, with the move among what it learns from.
        refreshMixedFeed("Nachrichten", item("/a/10", "Abstiegskampf", "Die Mannschaft verlor, der Trainer bleibt.", null));

        assertEquals(Section.PANORAMA, sections.find(derby).orElseThrow().section());
        assertEquals("von Hand hierher verschoben", sections.find(derby).orElseThrow().reason());
    }

    @Test
    void aRefreshThatBringsNothingNewLeavesTheSectionsAlone() {
        long derby = derbyMarkedAsKultur();

        refresher.refresh(feeds.findSubscribed(), RefreshListener.NONE);

        assertEquals(Section.KULTUR, sections.find(derby).orElseThrow().section());
    }

    @Test
    void aStartWithEverythingSortedDoesNotRetrainButSortsWhatAStoppedRunLeft() {
        long derby = derbyMarkedAsKultur();

        // A reader started again: its first refresh brings nothing, and nothing waits to be sorted.
        refresherWith(newSectionUpdater()).refresh(feeds.findSubscribed(), RefreshListener.NONE);
        assertEquals(Section.KULTUR, sections.find(derby).orElseThrow().section());

        // A run stopped before its sorting left an article without a section; the next start sorts it, and retrains.
        serveAllNews(item("/a/11", "Heimsieg", "Die Mannschaft gewann im Stadion, der Trainer lobte.", null));
        refresherWith(ArticleSteps.NONE).refresh(feeds.findSubscribed(), RefreshListener.NONE);
        long left = idOf("Heimsieg");
        assertTrue(sections.find(left).isEmpty(), "no section yet");
        assertTrue(sections.hasUnsorted());

        refresherWith(newSectionUpdater()).refresh(feeds.findSubscribed(), RefreshListener.NONE);

        assertEquals(Section.SPORT, sections.find(left).orElseThrow().section());
        assertEquals(Section.SPORT, sections.find(derby).orElseThrow().section(), "retrained and sorted again");
        assertTrue(!sections.hasUnsorted());
    }
}
