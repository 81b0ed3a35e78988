package de.presseschau.web;

import de.presseschau.model.StoryMember;
import de.presseschau.store.StoryStore;
import de.presseschau.topics.StoryKeyTerms;
import de.presseschau.topics.StoryText;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

import java.util.List;

/** One story: all its sources on a timeline, the key terms they share, and the form to split an article off. */
public final class StoryPage {

    static final int KEY_TERMS = 8;

    private final StoryStore stories;
    private final StoryKeyTerms keyTerms;
    private final GermanTime time;
    private final Pages pages;

    StoryPage(StoryStore stories, StoryKeyTerms keyTerms, GermanTime time, Pages pages) {
        this.stories = stories;
        this.keyTerms = keyTerms;
        this.time = time;
        this.pages = pages;
    }

    void show(Context ctx) {
        long id = storyId(ctx.pathParam("id"));
        List<StoryMember> members = members(id);
        List<Entry> timeline = members.stream().map(m -> new Entry(Links.article(m.articleId()), m.title(), m.source(),
                time.moment(m.publishedAt()), m.articleId())).toList();
        pages.render(ctx, "story.jte", new Model(members.get(0).title(), timeline, terms(id),
                Links.story(id) + "/split", members.size() > 1));
    }

    /** POST: takes the article in the field {@code artikel} out of the story, and returns to the story (303). */
    void split(Context ctx) {
        long id = storyId(ctx.pathParam("id"));
        long articleId = ArticlePage.articleId(ctx.formParam("artikel") == null ? "" : ctx.formParam("artikel"));
        if (members(id).size() < 2) {
            throw new BadRequestResponse("Diese Geschichte hat nur eine Quelle; da gibt es nichts zu lösen.");
        }
        if (!stories.split(id, articleId)) {
            throw new BadRequestResponse("Artikel " + articleId + " gehört nicht zu dieser Geschichte.");
        }
        ctx.redirect(Links.story(id), HttpStatus.SEE_OTHER);
    }

    /** GET /api/stories/{id}. */
    void json(Context ctx) {
        long id = storyId(ctx.pathParam("id"));
        List<StoryMember> members = members(id);
        JsonApi.send(ctx, new StoryJson(id, members.size(), terms(id), members.stream()
                .map(m -> new SourceJson(m.articleId(), m.title(), m.url(), m.source(), time.iso(m.publishedAt())))
                .toList()));
    }

    private List<StoryMember> members(long id) {
        List<StoryMember> members = stories.findMembers(List.of(id));
        if (members.isEmpty()) {
            throw new NotFoundResponse("Die Geschichte " + id + " gibt es nicht (mehr).");
        }
        return members;
    }

    private List<String> terms(long id) {
        return keyTerms.shared(stories.findTexts(id).stream()
                .map(a -> new StoryText(a.title(), a.text())).toList(), KEY_TERMS);
    }

    private static long storyId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("„" + raw + "“ ist keine gültige Nummer einer Geschichte.");
        }
    }

    /** {@code title}: the first report's headline; {@code canSplit}: the story has more than one source. */
    public record Model(String title, List<Entry> timeline, List<String> keyTerms, String splitAction,
                        boolean canSplit) {
    }

    /** One source on the timeline. */
    public record Entry(String link, String title, String source, GermanTime.Moment time, long articleId) {
    }

    record StoryJson(long id, int size, List<String> keyTerms, List<SourceJson> articles) {
    }

    record SourceJson(long id, String title, String url, String source, String publishedAt) {
    }
}
