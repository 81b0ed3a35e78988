package de.presseschau.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Removes what publishers append below an article's last paragraph: contact boxes and pitches for their own offers. */
final class ArticleTail {

    /** "Kontakt:", "Pressekontakt", "Ansprechpartnerin zum Thema:" as the first words of a block. */
    private static final Pattern CONTACT_LABEL = Pattern.compile(
            "^(presse|medien)?(kontakt|ansprechpartner(in|innen)?|ansprechperson)\\b.{0,50}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The publisher speaking of itself ("unser Magazin", "unterstützt uns"). */
    private static final Pattern PUBLISHER = Pattern.compile("\\b(unser\\w*|uns)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * The reader addressed. Lower case only: a capitalised "Du" or "Dich" is how blogs write to their readers in
     * their own posts too, and "Sie" at a sentence start may be "they".
     */
    private static final Pattern READER = Pattern.compile(
            "\\b(du|dir|dich|dein\\w*|ihr|euch|euer\\w*|Sie|Ihnen|Ihr\\w*)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** What such a pitch asks for: support, a purchase, a subscription, a click. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "unterstütz|spende|abonn|jetzt |gleich |entdeck|reinschau|klick|folge|newsletter|jobbörse|kunde|bestell"
                    + "|gutschein|angebot|testen", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Only the last few blocks can be a closing pitch; earlier ones are the article talking to its readers. */
    private static final int PITCH_WINDOW = 3;
    private static final int MAX_PITCH = 700;
    /** A contact box is names, addresses and numbers: short lines, not much of them. */
    private static final int MAX_CONTACT_LINE = 300;
    private static final int MAX_CONTACT_BOX = 1200;

    void clean(Element content) {
        List<Element> blocks = new ArrayList<>();
        ContentCleaner.collectTextBlocks(content, blocks);
        removeContactBox(blocks);
        removeClosingPitches(blocks);
    }

    /** From a contact label to the end, when all that follows it is short lines. */
    private static void removeContactBox(List<Element> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            String text = blocks.get(i).text().strip();
            boolean isLabel = CONTACT_LABEL.matcher(text).lookingAt()
                    && (text.length() <= 60 || text.indexOf(':') > 0 && text.indexOf(':') < 40);
            if (isLabel && isShortTail(blocks, i)) {
                for (Element block : blocks.subList(i, blocks.size())) {
                    block.remove();
                }
                blocks.subList(i, blocks.size()).clear();
                return;
            }
        }
    }

    private static boolean isShortTail(List<Element> blocks, int from) {
        int total = 0;
        for (Element block : blocks.subList(from, blocks.size())) {
            int length = block.text().length();
            total += length;
            if (length > MAX_CONTACT_LINE || total > MAX_CONTACT_BOX) {
                return false;
            }
        }
        return true;
    }

    /**
     * A closing block where the publisher turns to the reader about its own offer ("Gefällt dir unser Magazin? ...
     * unterstütze uns", "Kennt ihr schon unseren Brandfinder?"): a sales line, not the article's last words.
     */
    private static void removeClosingPitches(List<Element> blocks) {
        for (int i = Math.max(1, blocks.size() - PITCH_WINDOW); i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (text.length() <= MAX_PITCH && isPitch(text)) {
                blocks.get(i).remove();
            }
        }
    }

    static boolean isPitch(String text) {
        return PUBLISHER.matcher(text).find() && READER.matcher(text).find() && CALL_TO_ACTION.matcher(text).find();
    }
}
