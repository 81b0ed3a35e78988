package de.presseschau.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises the labels of boxes that are not the article: "Mehr zum Thema", "Lesen Sie auch", "Anzeige" and kin. */
final class RelatedLabels {

    private static final List<String> RELATED = List.of(
            "siehe auch", "mehr zum thema", "lesen sie auch", "lesen sie mehr", "lesen sie hier",
            "das könnte sie auch interessieren", "das könnte sie interessieren", "auch interessant",
            "weitere artikel", "zum thema", "mehr aus dem ressort", "mehr dazu", "mehr zu diesem thema",
            "weitere nachrichten", "weitere meldungen", "ähnliche artikel", "verwandte artikel", "empfohlene artikel",
            "meistgelesen", "meist gelesen", "top-themen", "topthemen", "weiterlesen", "mehr lesen", "auch lesenswert",
            "dazu passend", "passend zum thema", "mehr zum artikel", "artikel zum thema", "themen", "schlagworte",
            "related", "related articles", "related stories", "read more", "see also", "more on this", "recommended");
    private static final List<String> ADVERT = List.of(
            "anzeige", "anzeigen", "werbung", "advertisement", "sponsored", "gesponsert", "ad", "promotion");
    private static final List<String> SIGN_UP = List.of(
            "abonn", "anmeld", "melde dich", "melden sie sich", "registrier");
    private static final int MAX_LABEL = 60;
    private static final int MAX_ADVERT = ADVERT.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> PAGE_NAVIGATION = List.of(
            "zurück", "nach oben", "seitenanfang", "zum seitenanfang", "zur übersicht", "zur listenansicht",
            "back", "back to top");
    private static final int MAX_NAVIGATION_LINK = 40;

    private RelatedLabels() {
    }

    /** True for the heading or label of a related-articles box ("Mehr zum Thema:", "LESEN SIE AUCH"). */
    static boolean isRelatedLabel(String text) {
        String label = normalize(text, MAX_LABEL);
        if (label == null) {
            return false;
        }
        for (String phrase : RELATED) {
            if (label.equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** True for a paragraph that starts with such a label and then names other articles ("Lesen Sie auch: ..."). */
    static boolean startsWithRelatedLabel(String text) {
        String lower = text.strip().toLowerCase(Locale.GERMAN);
        for (String phrase : RELATED) {
            if (phrase.length() > 8 && lower.startsWith(phrase)) {
                String rest = lower.substring(phrase.length()).stripLeading();
                if (rest.startsWith(":") || rest.startsWith("»") || rest.startsWith("-") || rest.startsWith("–")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for a line that asks the reader to sign up for a newsletter ("Melde dich hier für unseren Newsletter an!"). */
    static boolean isNewsletterPitch(String text) {
        String lower = text.toLowerCase(Locale.GERMAN);
        if (!lower.contains("newsletter")) {
            return false;
        }
        for (String verb : SIGN_UP) {
            if (lower.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    /** True for a line that starts with an ad label and a separator ("ANZEIGE - Heute mal ausgehen?"). */
    static boolean startsWithAdvertLabel(String text) {
        String lower = text.strip().toLowerCase(Locale.GERMAN);
        for (String label : ADVERT) {
            if (label.length() > 2 && lower.startsWith(label)) {
                String rest = lower.substring(label.length()).stripLeading();
                if (rest.startsWith("-") || rest.startsWith("–") || rest.startsWith(":") || rest.startsWith("|")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for a note that the article's links earn the publisher a commission ("... sind Affiliate-Links"). */
    static boolean isAffiliateNotice(String text) {
        String lower = text.toLowerCase(Locale.GERMAN);
        return lower.contains("affiliate") && lower.contains("link");
    }

    /** True for a link that moves about the site ("zurück zur Listenansicht", "Nach oben"), never the article's words. */
    static boolean isNavigationLink(String text) {
        String label = normalize(text, MAX_NAVIGATION_LINK);
        if (label == null) {
            return false;
        }
        return PAGE_NAVIGATION.contains(label) || label.startsWith("zurück zu");
    }

    /** True for the small "Anzeige" label of an ad slot. */
    static boolean isAdvertLabel(String text) {
        String label = normalize(text, MAX_ADVERT);
        return label != null && ADVERT.contains(label);
    }

    /**
     * The text as a label (lower case, outer punctuation and extra spaces gone), or null when it is longer than
     * {@code maxLength}. Normalizing keeps every letter and digit, so a text with more of them is no label: most texts
     * checked are paragraphs, and counting is far cheaper than normalizing them.
     */
    private static String normalize(String text, int maxLength) {
        if (lettersAndDigits(text, maxLength) > maxLength) {
            return null;
        }
        String label = normalize(text);
        return label.length() > maxLength ? null : label;
    }

    /** How many letters and digits the text has, counting no further than one past {@code limit}. */
    private static int lettersAndDigits(String text, int limit) {
        int count = 0;
        for (int i = 0; i < text.length() && count <= limit; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static String normalize(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN).strip();
        int end = lower.length();
        while (end > 0 && !Character.isLetterOrDigit(lower.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && !Character.isLetterOrDigit(lower.charAt(start))) {
            start++;
        }
        return SPACES.matcher(lower.substring(start, end)).replaceAll(" ");
    }
}
