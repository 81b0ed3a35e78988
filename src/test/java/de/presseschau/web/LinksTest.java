package de.presseschau.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LinksTest {

    @Test
    void topicLinksEncodeSpacesAsPercentTwentyAndKeepUmlautsAsUtf8() {
        assertEquals("/topic/Aus%20aller%20Welt", Links.topic("Aus aller Welt"));
        assertEquals("/topic/Wissen%20%26%20Bildung", Links.topic("Wissen & Bildung"));
        assertEquals("/topic/%C3%96konomie%2BFinanzen", Links.topic("Ökonomie+Finanzen"));
    }

    @Test
    void theFirstTopicPageHasNoPageNumber() {
        assertEquals("/topic/Politik", Links.topicPage("Politik", 1));
        assertEquals("/topic/Politik?seite=3", Links.topicPage("Politik", 3));
    }

    @Test
    void onlyWebAddressesBecomeOutgoingLinks() {
        assertEquals("https://example.de/a", Links.external(" https://example.de/a "));
        assertEquals("HTTP://example.de/", Links.external("HTTP://example.de/"));
        assertNull(Links.external("javascript:alert(1)"));
        assertNull(Links.external("data:text/html,<b>x</b>"));
        assertNull(Links.external(null));
    }
}
