package de.presseschau.web;

import de.presseschau.model.Feed;
import de.presseschau.model.FeedHealth;
import de.presseschau.model.UrlOrigin;

/** Sentences that tell a reader what a feed's lasting state means and what to do about it. */
final class FeedNotes {

    private FeedNotes() {
    }

    /** Why a feed keeps failing when the server said so for good (410) or again and again (404); else null. */
    static String problem(FeedHealth health) {
        if (health.isGone()) {
            return "Der Server meldet, dass es diesen Feed nicht mehr gibt (HTTP 410 Gone). "
                    + "Bitte die Zeile aus feeds.txt entfernen; bis dahin wird er nur einmal am Tag versucht.";
        }
        if (health.isRepeatedlyNotFound()) {
            return "Der Feed wurde " + health.errorCount() + "-mal in Folge nicht gefunden (HTTP 404). "
                    + "Stimmt die Adresse in feeds.txt noch?";
        }
        return null;
    }

    /** Where the feed is really read from when that is not the address in feeds.txt; else null. */
    static String address(Feed feed) {
        if (feed.fetchUrl() == null || feed.fetchUrlOrigin() == null) {
            return null;
        }
        return feed.fetchUrlOrigin() == UrlOrigin.MOVED
                ? "Der Feed ist dauerhaft umgezogen nach " + feed.fetchUrl()
                        + " und wird dort abgerufen. Bitte die Adresse in feeds.txt ändern."
                : "Die Adresse in feeds.txt ist eine Webseite; gelesen wird der dort genannte Feed " + feed.fetchUrl() + ".";
    }
}
