package de.presseschau.topics;

/** What story grouping reads of an article: its title and its plain body text (either may be empty). */
public record StoryText(String title, String text) {

    public StoryText {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
