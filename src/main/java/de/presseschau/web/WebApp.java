package de.presseschau.web;

import de.presseschau.refresh.RefreshRequests;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.FetchLogStore;
import de.presseschau.store.ReadingStateStore;
import de.presseschau.search.SearchIndex;
import de.presseschau.store.SearchSource;
import de.presseschau.store.SectionStore;
import de.presseschau.store.StoryStore;
import de.presseschau.subscribe.FeedListProblem;
import de.presseschau.topics.GermanAnalysis;
import de.presseschau.topics.StoryKeyTerms;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;

import java.time.Clock;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/** The reader and the JSON API: the whole route table in one place. */
public final class WebApp {

    private final FrontPage frontPage;
    private final TopicPage topicPage;
    private final ArticlePage articlePage;
    private final FeedsPage feedsPage;
    private final SectionPage sectionPage;
    private final JsonApi api;
    private final RefreshActions refreshActions;
    private final ErrorResponses errors;
    private final AccessGate gate;
    private final BackupDownload backup;
    private final AccountPages accountPages;
    private final ReadingActions readingActions;
    private final StarredPage starredPage;
    private final SearchPage searchPage;
    private final FeedPage feedPage;
    private final OpmlDownload opml;
    private final TopicAtom topicAtom;
    private final StoryPage storyPage;
    private final Database database;
    private final PageCache pageCache;
    private Javalin server;

    /**
     * {@code listProblems} tells which lines of feeds.txt were skipped; {@code refreshRequests} takes the
     * "refresh now" buttons; {@code reextract} extracts one article again and says why it left it unchanged
     * (null when it replaced it); {@code access} says who may use the reader.
     */
    public WebApp(Database database, FeedStore feeds, ArticleStore articles,
                  Supplier<List<FeedListProblem>> listProblems, RefreshRequests refreshRequests,
                  LongFunction<String> reextract, Access access, Clock clock) {
        this(database, feeds, articles, listProblems, refreshRequests, reextract, access, clock,
                SearchIndex.inMemory(new SearchSource(database)));
    }

    /** {@code search} is the full-text index the refresh keeps in step. */
    public WebApp(Database database, FeedStore feeds, ArticleStore articles,
                  Supplier<List<FeedListProblem>> listProblems, RefreshRequests refreshRequests,
                  LongFunction<String> reextract, Access access, Clock clock, SearchIndex search) {
        this.database = database;
        this.pageCache = new PageCache(database.version(), clock);
        GermanTime time = new GermanTime(clock);
        Pages pages = new Pages();
        SectionStore sections = new SectionStore(database);
        ReadingStateStore states = new ReadingStateStore(database);
        StoryStore stories = new StoryStore(database);
        StoryLists storyLists = new StoryLists(stories, states, time);
        this.frontPage = new FrontPage(articles, sections, states, pages, storyLists);
        this.topicPage = new TopicPage(articles, states, pages, storyLists);
        this.storyPage = new StoryPage(stories, new StoryKeyTerms(new GermanAnalysis()), time, pages);
        this.articlePage = new ArticlePage(articles, sections, time, pages, reextract, states, clock);
        this.readingActions = new ReadingActions(states, clock);
        this.starredPage = new StarredPage(states, time, pages);
        this.feedsPage = new FeedsPage(feeds, listProblems, time, pages, states);
        this.sectionPage = new SectionPage(sections, states, time, pages);
        this.api = new JsonApi(database, feeds, articles, sections, states, time);
        this.searchPage = new SearchPage(search, new SearchSource(database), articles, states, api, pages, time, clock);
        this.refreshActions = new RefreshActions(refreshRequests, time, clock);
        this.feedPage = new FeedPage(feedsPage, new FetchLogStore(database), time, pages);
        this.opml = new OpmlDownload(feeds);
        this.topicAtom = new TopicAtom(articles, clock);
        this.errors = new ErrorResponses(pages);
        Sessions sessions = new Sessions(clock);
        this.gate = new AccessGate(access.credentials(), sessions, access.apiToken(), access.localToken());
        this.backup = new BackupDownload(database);
        this.accountPages = new AccountPages(access.credentials(), sessions, new LoginThrottle(clock), pages);
    }

    /** Starts serving on {@code host} and {@code port} (0 picks a free one); {@link #port()} tells which. */
    public synchronized Javalin start(String host, int port) {
        if (server != null) {
            throw new IllegalStateException("The web server is already running on port " + server.port());
        }
        server = Javalin.create(config -> {
            config.staticFiles.add(files -> {
                files.hostedPath = "/public";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(SameOriginCheck::check);
            config.routes.before(gate::check);

            page(config, "/login", accountPages::showLogin);
            config.routes.post("/login", accountPages::login);
            config.routes.post("/logout", accountPages::logout);
            page(config, "/konto", accountPages::showAccount);
            config.routes.post("/konto/passwort", accountPages::setPassword);

            page(config, "/", ctx -> Pages.send(ctx, cachedPage("front", frontPage::html)));
            // Before /topic/{name}, which would take "Politik.atom" for a topic's name.
            page(config, "/topic/{name}.atom", topicAtom::send);
            page(config, "/topic/{name}", ctx -> {
                TopicPage.Request request = TopicPage.Request.of(ctx);
                Pages.send(ctx, cachedPage(request.key(), () -> topicPage.html(request)));
            });
            page(config, "/article/{id}", onOneConnection(articlePage::show));
            config.routes.post("/article/{id}/reextract", articlePage::reextract);
            page(config, "/feeds", feedsPage::show);
            config.routes.post("/feeds/refresh", refreshActions::allForm);
            config.routes.post("/feeds/{id}/refresh", refreshActions::feedForm);
            page(config, "/section/{name}", sectionPage::show);
            config.routes.post("/article/{id}/section", articlePage::move);
            config.routes.post("/article/{id}/read", readingActions::readForm);
            config.routes.post("/article/{id}/unread", readingActions::unreadForm);
            config.routes.post("/article/{id}/star", readingActions::starForm);
            config.routes.post("/article/{id}/unstar", readingActions::unstarForm);
            config.routes.post("/topic/{name}/read", readingActions::topicReadForm);
            page(config, "/merkliste", starredPage::show);
            page(config, "/search", searchPage::show);
            page(config, "/api/search", searchPage::json);

            page(config, "/healthz", api::health);
            page(config, "/api/feeds", api::feeds);
            config.routes.post("/api/feeds/refresh", refreshActions::allJson);
            config.routes.post("/api/feeds/{id}/refresh", refreshActions::feedJson);
            page(config, "/api/topics", api::topics);
            page(config, "/api/articles", api::articles);
            page(config, "/api/articles/{id}", api::article);
            config.routes.post("/api/backup", backup::send);
            page(config, "/api/sections", api::sections);
            config.routes.post("/api/articles/{id}/read", readingActions::readJson);
            config.routes.post("/api/articles/{id}/unread", readingActions::unreadJson);
            config.routes.post("/api/articles/{id}/star", readingActions::starJson);
            config.routes.post("/api/articles/{id}/unstar", readingActions::unstarJson);
            page(config, "/feeds/{id}", feedPage::show);
            page(config, "/feeds.opml", opml::send);
            page(config, "/story/{id}", storyPage::show);
            config.routes.post("/story/{id}/split", storyPage::split);
            page(config, "/api/stories/{id}", storyPage::json);

            config.routes.exception(HttpResponseException.class, errors::handle);
            config.routes.exception(Exception.class, errors::handleUnexpected);
        }).start(host, port);
        return server;
    }

    /**
     * A GET route that answers HEAD as it answers GET (without the body): on its own, Javalin answers HEAD to any GET
     * route with 200 and an empty text/plain, even where the GET says 404.
     */
    private static void page(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    /** A page that reads many small things from the database: all of them on one connection (see Database). */
    private Handler onOneConnection(Handler page) {
        return ctx -> database.onOneConnection(() -> page.handle(ctx));
    }

    /** A page kept until the database changes (see PageCache), made when needed on one connection. */
    private byte[] cachedPage(String key, Supplier<String> page) {
        return pageCache.html(key, () -> database.withOneConnection(page));
    }

    /** The port actually listened on. */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("The web server is not running");
        }
        return server.port();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
