package de.presseschau.subscribe;

import de.presseschau.model.Subscription;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedListTest {

    @Test
    void readsHeadingsTitlesCommentsAndTheDefaultTopic() {
        FeedList list = FeedList.parse("""
                # Kommentar
                https://vorher.example/feed.xml

                [Politik]
                https://www.tagesschau.de/inland/index~rss2.xml
                https://www.spiegel.de/politik/index.rss   Spiegel Politik
                [Wissen & Bildung]
                https://www.heise.de/rss/heise-atom.xml
                """);

        assertEquals(List.of(
                new Subscription("https://vorher.example/feed.xml", null, "Allgemein", 2),
                new Subscription("https://www.tagesschau.de/inland/index~rss2.xml", null, "Politik", 5),
                new Subscription("https://www.spiegel.de/politik/index.rss", "Spiegel Politik", "Politik", 6),
                new Subscription("https://www.heise.de/rss/heise-atom.xml", null, "Wissen & Bildung", 8)),
                list.subscriptions());
        assertEquals(List.of(), list.problems());
    }

    @Test
    void reportsBadLinesWithTheirNumberAndKeepsTheOthers() {
        FeedList list = FeedList.parse("""
                [Politik]
                ftp://files.example/feed.xml
                https://ok.example/rss
                kein-link
                [ ]
                https://ok.example/rss
                http:///ohne-host
                https://noch.example/rss
                """);

        assertEquals(List.of("https://ok.example/rss", "https://noch.example/rss"),
                list.subscriptions().stream().map(Subscription::url).toList());
        assertEquals(List.of(2, 4, 5, 6, 7), list.problems().stream().map(FeedListProblem::line).toList());
        assertEquals("keine http(s)-Adresse", list.problems().get(0).reason());
    }

    @Test
    void toleratesByteOrderMarkAndWindowsLineEnds() {
        FeedList list = FeedList.parse("\uFEFF[Sport]\r\nhttps://sport.example/rss\r\n");

        assertEquals(List.of(new Subscription("https://sport.example/rss", null, "Sport", 2)), list.subscriptions());
    }

    @Test
    void aCommentMayFollowAHeadingOrAFeedButAFragmentInAUrlStays() {
        FeedList list = FeedList.parse("""
                [Politik]      # Überschrift
                https://www.spiegel.de/politik/index.rss   Spiegel Politik   # mit Titel
                https://blog.example/feed#atom
                """);

        assertEquals(List.of(
                new Subscription("https://www.spiegel.de/politik/index.rss", "Spiegel Politik", "Politik", 2),
                new Subscription("https://blog.example/feed#atom", null, "Politik", 3)), list.subscriptions());
        assertEquals(List.of(), list.problems());
    }

    @Test
    void plusLokalAfterTheUrlAllowsThatFeedOnTheLocalNetworkAndIsNoPartOfTheTitle() {
        FeedList list = FeedList.parse("""
                [Intern]
                http://nas.fritz.box/rss.xml   +lokal   NAS-Nachrichten   # im Heimnetz
                http://192.168.1.20/feed.xml +lokal
                https://www.heise.de/rss/heise-atom.xml   +lokaler Titel
                """);

        assertEquals(List.of(
                new Subscription("http://nas.fritz.box/rss.xml", "NAS-Nachrichten", "Intern", 2, true),
                new Subscription("http://192.168.1.20/feed.xml", null, "Intern", 3, true),
                new Subscription("https://www.heise.de/rss/heise-atom.xml", "+lokaler Titel", "Intern", 4, false)),
                list.subscriptions());
    }
}
