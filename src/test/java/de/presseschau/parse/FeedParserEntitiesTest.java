package de.presseschau.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a DOCTYPE may declare: short literal entities are honoured, expansion bombs stay small and inert. */
class FeedParserEntitiesTest {

    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String doctype, String title) throws FeedParseException {
        String xml = "<?xml version=\"1.0\"?>\n" + doctype + "\n<rss version=\"2.0\"><channel><title>Kanal</title>"
                + "<item><title>" + title + "</title><guid isPermaLink=\"false\">&id;17</guid></item></channel></rss>";
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, "https://www.example.de/feed.xml");
    }

    @Test
    void expandsEntitiesTheDoctypeDeclaresWithALiteralValue() throws Exception {
        ParsedEntry entry = parse("<!DOCTYPE rss [ <!ENTITY id \"tag:example.de,2024:\"> <!ENTITY ort 'K&#246;ln'> ]>",
                "Aus &ort;").entries().get(0);

        assertEquals("tag:example.de,2024:17", entry.guid());
        assertEquals("Aus &ort;", entry.title(), "a value built from a reference is not expanded");
    }

    @Test
    void readsHtmlEntitiesWithTheValuesOfXhtmlOne() throws Exception {
        String title = parse("", "&auml; &lang;1&rang; &hellip;").entries().get(0).title();

        assertEquals("ä \u23291\u232A …", title, "lang and rang as in XHTML 1.0, not as in HTML5 (U+27E8/U+27E9)");
    }

    @Test
    void leavesTheBillionLaughsAsTheFewCharactersTheyAre() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [ <!ENTITY id \"x\"> <!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            doctype.append(" <!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append(" ]>");

        String title = parse(doctype.toString(), "&lol9;").entries().get(0).title();

        assertEquals("&lol9;", title);
    }

    @Test
    void boundsTheExpansionOfManyReferencesToOneLargeEntity() throws Exception {
        String doctype = "<!DOCTYPE rss [ <!ENTITY id \"x\"> <!ENTITY big \"" + "a".repeat(1000) + "\"> ]>";

        String title = parse(doctype, "&big;".repeat(5000)).entries().get(0).title();

        // 5,000 expansions would be 5 million characters; the budget stops at about one million, the rest stays text.
        assertTrue(title.length() < InternalEntities.BUDGET + 5000 * "&big;".length(), "length " + title.length());
        assertTrue(title.startsWith("a".repeat(1000)));
        assertTrue(title.endsWith("&big;"));
    }

    @Test
    void neverExpandsAnExternalOrParameterEntityEvenWhenItsNameIsUsed() throws Exception {
        ParsedEntry entry = parse("<!DOCTYPE rss [ <!ENTITY id \"x\"> <!ENTITY passwd SYSTEM \"file:///etc/passwd\">"
                + " <!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p; ]>", "Titel &passwd;").entries().get(0);

        assertEquals("Titel &passwd;", entry.title());
        assertFalse(entry.toString().contains("root:"), entry.toString());
    }
}
