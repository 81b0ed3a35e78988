package de.presseschau.web;

import de.presseschau.model.Subscription;
import de.presseschau.store.FeedStore;
import de.presseschau.subscribe.OpmlWriter;
import io.javalin.http.Context;

import java.util.List;

/** /feeds.opml: every subscribed feed with its topic as OPML, for moving to (or backing up in) another reader. */
final class OpmlDownload {

    private final FeedStore feeds;
    private final OpmlWriter writer = new OpmlWriter();

    OpmlDownload(FeedStore feeds) {
        this.feeds = feeds;
    }

    void send(Context ctx) {
        List<Subscription> subscriptions = feeds.findSubscribed().stream()
                .map(feed -> new Subscription(feed.url(), feed.title(), feed.topic(), 0)).toList();
        ctx.header("Content-Disposition", "inline; filename=\"presseschau-feeds.opml\"");
        ctx.contentType("text/x-opml; charset=utf-8").result(writer.write(subscriptions));
    }
}
