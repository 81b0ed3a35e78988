package de.presseschau.topics;

import de.presseschau.model.Section;
import de.presseschau.model.SectionAssignment;
import de.presseschau.model.SectionSource;

import java.util.List;
import java.util.Optional;

/**
 * Decides an article's section from the signals an outlet gives, strongest first: the feeds.txt heading of a
 * feed that brought it, the entry's categories, the URL's path. Articles without any are left to the classifier.
 */
public final class SectionSignals {

    private final SectionNames names;

    public SectionSignals(SectionNames names) {
        this.names = names;
    }

    /** {@code topics} are the feeds.txt headings of the feeds that brought the article, in feeds.txt order. */
    public Optional<SectionAssignment> decide(List<String> topics, List<String> categories, String url) {
        for (String topic : topics) {
            // Only a heading that is a section's own name counts: "Politik" yes, "Nachrichten" or "Allgemein" no.
            Optional<Section> section = Section.byName(topic);
            if (section.isPresent()) {
                return Optional.of(new SectionAssignment(section.get(), SectionSource.TOPIC, topic, 1));
            }
        }
        for (String category : categories) {
            Optional<Section> section = names.fromLabel(category);
            if (section.isPresent()) {
                return Optional.of(new SectionAssignment(section.get(), SectionSource.CATEGORY, category.strip(), 1));
            }
        }
        return names.fromUrl(url)
                .map(match -> new SectionAssignment(match.section(), SectionSource.URL, match.evidence(), 1));
    }
}
