package de.presseschau.web;

import de.presseschau.model.Article;
import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.Feed;
import de.presseschau.model.FeedHealth;
import de.presseschau.model.FeedSummary;
import de.presseschau.model.ReadingState;
import de.presseschau.model.SectionAssignment;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.ReadingStateStore;
import de.presseschau.store.SectionStore;
import de.presseschau.store.StoryStore;
import de.presseschau.model.StoryMembership;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.List;
import java.util.Map;

/** The JSON API and the health check. Field names are a contract with other tools: add, never rename. */
public final class JsonApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final Database database;
    private final FeedStore feeds;
    private final ArticleStore articles;
    private final SectionStore sections;
    private final ReadingStateStore states;
    private final GermanTime time;
    private final StoryStore stories;

    JsonApi(Database database, FeedStore feeds, ArticleStore articles, SectionStore sections, ReadingStateStore states,
            GermanTime time) {
        this.states = states;
        this.database = database;
        this.feeds = feeds;
        this.articles = articles;
        this.sections = sections;
        this.time = time;
        this.stories = new StoryStore(database);
    }

    void health(Context ctx) {
        boolean healthy = database.isHealthy();
        send(ctx.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE),
                new Health(healthy ? "ok" : "unavailable"));
    }

    void feeds(Context ctx) {
        Map<Long, Integer> unread = states.countUnreadByFeed();
        send(ctx, feeds.findAllWithCounts().stream()
                .map(summary -> feedJson(summary, unread.getOrDefault(summary.feed().id(), 0))).toList());
    }

    void topics(Context ctx) {
        Map<String, Integer> unread = states.countUnreadByTopic();
        send(ctx, articles.countByTopic().stream()
                .map(topic -> new TopicJson(topic.name(), topic.articleCount(), unread.getOrDefault(topic.name(), 0)))
                .toList());
    }

    void articles(Context ctx) {
        String topic = ctx.queryParam("topic");
        // Over-asking is clamped rather than refused, so a client can ask for "everything" without knowing the cap.
        int limit = Math.min(QueryParams.intAtLeast(ctx, "limit", DEFAULT_LIMIT, 0), MAX_LIMIT);
        int offset = QueryParams.intAtLeast(ctx, "offset", 0, 0);
        String sectionName = ctx.queryParam("section");
        List<ArticleTeaser> teasers = sectionName == null || sectionName.isBlank()
                ? articles.findTeasers(topic == null || topic.isBlank() ? null : topic, limit, offset)
                : sections.findTeasers(SectionPage.section(sectionName), limit, offset);
        send(ctx, teaserJsons(teasers));
    }

    /** The teasers as /api/articles lists them, with their sections and reading state. */
    List<ArticleTeaserJson> teaserJsons(List<ArticleTeaser> teasers) {
        Map<Long, SectionAssignment> assignments = sections.findAll(teasers.stream().map(ArticleTeaser::id).toList());
        Map<Long, ReadingState> readingStates = states.findAll(teasers.stream().map(ArticleTeaser::id).toList());
        Map<Long, StoryMembership> memberships = stories.findMemberships(teasers.stream().map(ArticleTeaser::id).toList());
        return teasers.stream().map(teaser -> teaserJson(teaser, assignments.get(teaser.id()),
                readingStates.getOrDefault(teaser.id(), ReadingState.UNREAD), memberships.get(teaser.id()))).toList();
    }

    void sections(Context ctx) {
        send(ctx, sections.countBySection().entrySet().stream()
                .map(e -> new SectionJson(e.getKey().displayName(), e.getValue())).toList());
    }

    void article(Context ctx) {
        Article article = articles.findById(ArticlePage.articleId(ctx.pathParam("id")))
                .orElseThrow(() -> new NotFoundResponse("Artikel " + ctx.pathParam("id") + " gibt es nicht."));
        SectionAssignment section = sections.find(article.id()).orElse(null);
        ReadingState state = states.find(article.id()).orElse(ReadingState.UNREAD);
        StoryMembership story = stories.findMemberships(List.of(article.id())).get(article.id());
        send(ctx, new ArticleJson(article.id(), article.feedId(), article.title(), article.url(), article.topic(),
                time.iso(article.publishedAt()), article.summaryHtml(), article.contentHtml(), article.contentText(),
                article.extraction().code(), article.author(), article.extractionNote(), sectionName(section),
                sectionSource(section), sectionReason(section), sectionConfidence(section), state.isRead(),
                state.isStarred(), storyId(story), storySize(story)));
    }

    static void send(Context ctx, Object body) {
        ctx.json(body).contentType("application/json; charset=utf-8");
    }

    private FeedJson feedJson(FeedSummary summary, int unreadCount) {
        Feed feed = summary.feed();
        FeedHealth health = feed.health();
        return new FeedJson(feed.id(), feed.url(), feed.displayTitle(), feed.topic(), feed.status().code(),
                feed.lastError(), time.iso(feed.lastFetchedAt()), summary.articleCount(), summary.entryCount(), feed.subscribed(),
                time.iso(health.failingSince()), health.errorCount(), health.errorKind(),
                health.lastStatus() == 0 ? null : health.lastStatus(), health.isGone(), health.isRepeatedlyNotFound(),
                time.iso(health.nextCheckAt()),
                health.checkInterval() == null ? null : health.checkInterval().toSeconds(),
                feed.fetchUrl(), feed.fetchUrlOrigin() == null ? null : feed.fetchUrlOrigin().code(), unreadCount);
    }

    private ArticleTeaserJson teaserJson(ArticleTeaser teaser, SectionAssignment section, ReadingState state,
                                         StoryMembership story) {
        return new ArticleTeaserJson(teaser.id(), teaser.feedId(), teaser.title(), teaser.url(), teaser.topic(),
                time.iso(teaser.publishedAt()), teaser.summary(), sectionName(section), sectionSource(section),
                sectionReason(section), sectionConfidence(section), state.isRead(), state.isStarred(),
                storyId(story), storySize(story));
    }

    /** Null while the article waits to be grouped (its page not extracted yet). */
    private static Long storyId(StoryMembership story) {
        return story == null ? null : story.storyId();
    }

    /** How many articles tell the story, this one included; 1 for an article alone (and while it waits). */
    private static int storySize(StoryMembership story) {
        return story == null ? 1 : story.size();
    }

    private static String sectionName(SectionAssignment section) {
        return section == null ? null : section.section().displayName();
    }

    private static String sectionSource(SectionAssignment section) {
        return section == null ? null : section.source().code();
    }

    private static String sectionReason(SectionAssignment section) {
        return section == null ? null : section.reason();
    }

    private static Double sectionConfidence(SectionAssignment section) {
        return section == null ? null : Math.round(section.confidence() * 1000) / 1000.0;
    }

    record Health(String status) {
    }

    /** The fields after {@code subscribed} came with per-feed scheduling; older clients simply ignore them. */
    record FeedJson(long id, String url, String title, String topic, String status, String lastError,
                    String lastFetchedAt, int articleCount, int entryCount, boolean subscribed,
                    String failingSince, int errorCount, String errorKind, Integer httpStatus, boolean gone,
                    boolean repeatedlyNotFound, String nextCheckAt, Long checkIntervalSeconds,
                    String fetchUrl, String fetchUrlOrigin, int unreadCount) {
    }

    record TopicJson(String name, int articleCount, int unreadCount) {
    }

    record ArticleTeaserJson(long id, long feedId, String title, String url, String topic, String publishedAt,
                             String summary, String section, String sectionSource, String sectionReason,
                             Double sectionConfidence, boolean read, boolean starred, Long storyId,
                             int storySize) {
    }

    record SectionJson(String name, int articleCount) {
    }

    record ArticleJson(long id, long feedId, String title, String url, String topic, String publishedAt,
                       String summaryHtml, String contentHtml, String contentText, String extraction, String author,
                       String extractionNote, String section, String sectionSource, String sectionReason,
                       Double sectionConfidence, boolean read, boolean starred, Long storyId, int storySize) {
    }

    record ErrorJson(String error) {
    }
}
