package de.presseschau.web;

import de.presseschau.store.ArticleStore;
import de.presseschau.store.Database;
import de.presseschau.store.FeedStore;
import de.presseschau.store.SectionStore;
import de.presseschau.subscribe.FeedListProblem;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** The reader and the JSON API: the whole route table in one place. */
public final class WebApp {

    private final FrontPage frontPage;
    private final TopicPage topicPage;
    private final ArticlePage articlePage;
    private final FeedsPage feedsPage;
    private final SectionPage sectionPage;
    private final JsonApi api;
    private final ErrorResponses errors;
    private Javalin server;

    /** {@code listProblems} tells which lines of feeds.txt were skipped, to show them beside the feeds. */
    public WebApp(Database database, FeedStore feeds, ArticleStore articles,
                  Supplier<List<FeedListProblem>> listProblems, Clock clock) {
        GermanTime time = new GermanTime(clock);
        Pages pages = new Pages();
        SectionStore sections = new SectionStore(database);
        this.frontPage = new FrontPage(feeds, articles, sections, time, pages);
        this.topicPage = new TopicPage(articles, time, pages);
        this.articlePage = new ArticlePage(articles, sections, time, pages);
        this.feedsPage = new FeedsPage(feeds, listProblems, time, pages);
        this.sectionPage = new SectionPage(sections, time, pages);
        this.api = new JsonApi(database, feeds, articles, sections, time);
        this.errors = new ErrorResponses(pages);
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
            config.routes.get("/", frontPage::show);
            config.routes.get("/topic/{name}", topicPage::show);
            config.routes.get("/article/{id}", articlePage::show);
            config.routes.get("/feeds", feedsPage::show);
            config.routes.get("/section/{name}", sectionPage::show);
            config.routes.post("/article/{id}/section", articlePage::move);

            config.routes.get("/healthz", api::health);
            config.routes.get("/api/feeds", api::feeds);
            config.routes.get("/api/topics", api::topics);
            config.routes.get("/api/articles", api::articles);
            config.routes.get("/api/articles/{id}", api::article);
            config.routes.get("/api/sections", api::sections);

            config.routes.exception(HttpResponseException.class, errors::handle);
            config.routes.exception(Exception.class, errors::handleUnexpected);
        }).start(host, port);
        return server;
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
