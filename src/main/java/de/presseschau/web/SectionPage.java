package de.presseschau.web;

import de.presseschau.model.Section;
import de.presseschau.model.ReadingState;
import de.presseschau.model.SectionAssignment;
import de.presseschau.store.ReadingStateStore;
import de.presseschau.store.SectionStore;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.util.List;
import java.util.Map;

/** One section's articles from every feed, newest first, each with why it is there; a page at a time. */
public final class SectionPage {

    static final int PAGE_SIZE = 30;

    private final SectionStore sections;
    private final GermanTime time;
    private final Pages pages;

    private final ReadingStateStore states;

    SectionPage(SectionStore sections, ReadingStateStore states, GermanTime time, Pages pages) {
        this.sections = sections;
        this.states = states;
        this.time = time;
        this.pages = pages;
    }

    void show(Context ctx) {
        Section section = section(ctx.pathParam("name"));
        int count = sections.countBySection().get(section);
        int pageCount = Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = QueryParams.intAtLeast(ctx, "seite", 1, 1);
        if (page > pageCount) {
            throw new NotFoundResponse("Das Ressort „" + section.displayName() + "“ hat nur " + pageCount
                    + (pageCount == 1 ? " Seite." : " Seiten."));
        }
        var teasers = sections.findTeasers(section, PAGE_SIZE, (page - 1) * PAGE_SIZE);
        Map<Long, SectionAssignment> reasons = sections.findAll(teasers.stream().map(t -> t.id()).toList());
        var readingStates = states.findAll(teasers.stream().map(t -> t.id()).toList());
        List<Item> items = teasers.stream()
                .map(t -> new Item(TeaserView.of(t, readingStates.getOrDefault(t.id(),
                        ReadingState.UNREAD), time), reasons.containsKey(t.id()) ? reasons.get(t.id()).reason() : ""))
                .toList();
        String link = Links.section(section);
        pages.render(ctx, "section.jte", new Model(section.displayName(), count, items, page, pageCount,
                page > 1 ? pageLink(link, page - 1) : null, page < pageCount ? pageLink(link, page + 1) : null));
    }

    static Section section(String name) {
        return Section.byName(name)
                .orElseThrow(() -> new NotFoundResponse("Das Ressort „" + name + "“ gibt es nicht."));
    }

    private static String pageLink(String link, int page) {
        return page <= 1 ? link : link + "?seite=" + page;
    }

    /** A teaser and why the article is in this section. */
    public record Item(TeaserView teaser, String reason) {
    }

    public record Model(String section, int articleCount, List<Item> items, int page, int pageCount,
                        String previousLink, String nextLink) {
    }
}
