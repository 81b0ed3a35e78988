package de.presseschau.store;

import de.presseschau.model.Section;
import de.presseschau.model.SectionAssignment;
import de.presseschau.model.SectionSource;
import de.presseschau.model.Subscription;
import de.presseschau.model.TopicCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Database database = Database.inMemory();
    private final FeedStore feeds = new FeedStore(database);
    private final ArticleStore articles = new ArticleStore(database);
    private final ReadingStateStore states = new ReadingStateStore(database);
    private final SectionStore sections = new SectionStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    private long store(long feed, String key) {
        String url = "https://news.example/" + key;
        return articles.addEntry(new NewEntry(feed, key, url, "Meldung " + key, NOW, null, "Kurz", null, "Kurz"), NOW)
                .articleId();
    }

    @Test
    void everyCountFollowsTheCommitThatChangedIt() {
        long feed = feeds.sync(List.of(new Subscription("https://a.example/rss", "A", "Politik", 1)), NOW).get(0).id();
        long first = store(feed, "1");
        assertEquals(List.of(new TopicCount("Politik", 1)), articles.countByTopic());
        assertEquals(1, states.countUnreadByTopic().get("Politik"));
        assertEquals(first, states.newestIdInTopic("Politik"));
        assertEquals(0, sections.countBySection().get(Section.SPORT));

        long second = store(feed, "2");
        states.markRead(first, NOW);
        sections.save(second, new SectionAssignment(Section.SPORT, SectionSource.USER, null, 1));

        assertEquals(List.of(new TopicCount("Politik", 2)), articles.countByTopic());
        assertEquals(1, states.countUnreadByTopic().get("Politik"));
        assertEquals(second, states.newestIdInTopic("Politik"));
        assertEquals(1, sections.countBySection().get(Section.SPORT));

        states.markRead(second, NOW);
        assertEquals(0, states.countUnreadByTopic().getOrDefault("Politik", 0));
        feeds.sync(List.of(new Subscription("https://a.example/rss", "A", "Inland", 1)), NOW);
        assertEquals(List.of(new TopicCount("Inland", 2)), articles.countByTopic());
    }
}
