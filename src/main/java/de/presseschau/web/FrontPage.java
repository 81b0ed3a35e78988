package de.presseschau.web;

import de.presseschau.model.TopicCount;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.ReadingStateStore;
import de.presseschau.store.SectionStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The front page: every topic in feeds.txt order with its newest stories, by recency and size. */
public final class FrontPage {

    static final int ARTICLES_PER_TOPIC = 8;
    /** The newest articles of a topic that its shown stories are chosen from. */
    static final int CANDIDATES_PER_TOPIC = 5 * ARTICLES_PER_TOPIC;

    private final ArticleStore articles;
    private final SectionStore sectionStore;
    private final ReadingStateStore states;
    private final Pages pages;
    private final StoryLists stories;

    FrontPage(ArticleStore articles, SectionStore sectionStore, ReadingStateStore states,
              Pages pages, StoryLists stories) {
        this.stories = stories;
        this.states = states;
        this.articles = articles;
        this.sectionStore = sectionStore;
        this.pages = pages;
    }

    String html() {
        Map<String, Integer> unread = states.countUnreadByTopic();
        List<TopicCount> topics = articles.countByTopic();
        List<List<StoryItem>> newest = stories.foldEachByRecencyAndSize(topics.stream()
                .map(topic -> articles.findTeasers(topic.name(), CANDIDATES_PER_TOPIC, 0)).toList(), ARTICLES_PER_TOPIC);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            TopicCount topic = topics.get(i);
            sections.add(new Section(topic.name(), Links.topic(topic.name()), topic.articleCount(), newest.get(i),
                    unread.getOrDefault(topic.name(), 0)));
        }
        // Every subscribed feed's topic is listed, even without articles: no topics means no feeds.
        boolean hasFeeds = !sections.isEmpty();
        List<SectionLink> ressorts = sectionStore.countBySection().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new SectionLink(e.getKey().displayName(), Links.section(e.getKey()), e.getValue()))
                .toList();
        return pages.html("front.jte", new Model(sections, hasFeeds, ressorts));
    }

    /**
     * {@code ressorts}: the sections that have articles, sorted across all feeds; the topic groups above stay
     * as feeds.txt orders them.
     */
    public record Model(List<Section> sections, boolean hasFeeds, List<SectionLink> ressorts) {
    }

    /** A section (Ressort) in the front page's section bar. */
    public record SectionLink(String name, String link, int articleCount) {
    }

    public record Section(String topic, String link, int articleCount, List<StoryItem> newest, int unreadCount) {
    }
}
