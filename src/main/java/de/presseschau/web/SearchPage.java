package de.presseschau.web;

import de.presseschau.model.ArticleTeaser;
import de.presseschau.model.ReadingState;
import de.presseschau.search.SearchHit;
import de.presseschau.search.SearchIndex;
import de.presseschau.store.ArticleStore;
import de.presseschau.store.ReadingStateStore;
import de.presseschau.store.SearchSource;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The search: a page of the best matches with the words marked, and the same as JSON. */
public final class SearchPage {

    /** Hits per page: each one's text is read and its snippet made, so a page holds what a person looks through. */
    static final int PAGE_SIZE = 20;
    /** Each later page ranks all hits before it once more; past this, a narrower search serves better. */
    static final int MAX_PAGES = 50;

    private final SearchIndex search;
    private final SearchSource source;
    private final ArticleStore articles;
    private final ReadingStateStore states;
    private final JsonApi api;
    private final Pages pages;
    private final GermanTime time;
    private final Clock clock;

    SearchPage(SearchIndex search, SearchSource source, ArticleStore articles, ReadingStateStore states, JsonApi api,
               Pages pages, GermanTime time, Clock clock) {
        this.clock = clock;
        this.search = search;
        this.source = source;
        this.articles = articles;
        this.states = states;
        this.api = api;
        this.pages = pages;
        this.time = time;
    }

    void show(Context ctx) {
        String query = text(ctx.queryParam("q"));
        String topic = text(ctx.queryParam("topic"));
        SearchPeriod period = SearchPeriod.of(ctx, clock);
        int page = QueryParams.intAtLeast(ctx, "seite", 1, 1);
        if (page > MAX_PAGES) {
            throw new NotFoundResponse("Die Suche zeigt höchstens " + MAX_PAGES + " Seiten; bitte genauer suchen.");
        }
        int offset = (page - 1) * PAGE_SIZE;
        // One hit more than the page shows tells whether a next page exists.
        List<SearchHit> found = query == null ? List.of()
                : search.search(query, topic, period.since(), period.until(), offset, PAGE_SIZE + 1);
        List<SearchHit> hits = found.subList(0, Math.min(PAGE_SIZE, found.size()));
        Map<Long, ArticleTeaser> teasers = source.findTeasers(hits.stream().map(SearchHit::articleId).toList()).stream()
                .collect(Collectors.toMap(ArticleTeaser::id, Function.identity()));
        Map<Long, ReadingState> readingStates = states.findAll(List.copyOf(teasers.keySet()));
        List<Result> results = hits.stream().filter(hit -> teasers.containsKey(hit.articleId()))
                .map(hit -> {
                    ArticleTeaser teaser = teasers.get(hit.articleId());
                    return new Result(Links.article(hit.articleId()), hit.titleHtml(), hit.snippetHtml(),
                            teaser.feedTitle(), time.moment(teaser.publishedAt()),
                            readingStates.getOrDefault(hit.articleId(), ReadingState.UNREAD).isRead());
                })
                .toList();
        List<String> topics = articles.countByTopic().stream().map(t -> t.name()).toList();
        pages.render(ctx, "search.jte", new Model(query == null ? "" : query, topic, topics, results,
                period.period() == null ? "" : period.period(), SearchPeriod.PERIODS, period.sinceDay(),
                period.untilDay(), offset + 1, page > 1 ? pageLink(ctx, page - 1) : null,
                found.size() > PAGE_SIZE && page < MAX_PAGES ? pageLink(ctx, page + 1) : null));
    }

    /** This search with the same filters, on page {@code page}. */
    private static String pageLink(Context ctx, int page) {
        StringBuilder link = new StringBuilder("/search?");
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("seite")) {
                values.forEach(value -> link.append(encode(name)).append('=').append(encode(value)).append('&'));
            }
        });
        return page > 1 ? link.append("seite=").append(page).toString() : link.substring(0, link.length() - 1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    void json(Context ctx) {
        String query = text(ctx.queryParam("q"));
        int limit = Math.min(QueryParams.intAtLeast(ctx, "limit", JsonApi.DEFAULT_LIMIT, 0), JsonApi.MAX_LIMIT);
        SearchPeriod period = SearchPeriod.of(ctx, clock);
        // The API shows no snippets, so it asks the index for the ranking alone.
        List<Long> ids = query == null ? List.of()
                : search.rank(query, text(ctx.queryParam("topic")), period.since(), period.until(), limit);
        JsonApi.send(ctx, api.teaserJsons(source.findTeasers(ids)));
    }

    private static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** One hit: {@code titleHtml} and {@code snippetHtml} are escaped text with the matches in {@code <mark>}. */
    public record Result(String link, String titleHtml, String snippetHtml, String source, GermanTime.Moment time,
                         boolean isRead) {
    }

    /**
     * {@code topic} is the chosen filter or null; {@code topics} the choices. {@code period} is the chosen
     * "Zeitraum" (or empty), {@code periods} its choices by value; {@code since}/{@code until} the chosen days or empty.
     * {@code firstNumber} is the rank of the first result shown; the page links are null where there is no such page.
     */
    public record Model(String query, String topic, List<String> topics, List<Result> results, String period,
                        Map<String, String> periods, String since, String until, int firstNumber,
                        String previousLink, String nextLink) {
    }
}
