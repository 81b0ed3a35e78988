package de.presseschau.topics;

import de.presseschau.model.Section;

import java.net.URI;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a section in the words outlets use for it: a feeds.txt heading, a feed category ("Inland",
 * "Fußball") or a path segment of the article's URL ({@code /politik/}, {@code /wirtschaft/}).
 */
public final class SectionNames {

    /** Words as they appear in headings, categories and URLs, folded (lower case, no umlauts, ß as ss). */
    private static final Map<String, Section> WORDS = Map.ofEntries(
            Map.entry("politik", Section.POLITIK), Map.entry("inland", Section.POLITIK),
            Map.entry("ausland", Section.POLITIK), Map.entry("international", Section.POLITIK),
            Map.entry("deutschland", Section.POLITIK), Map.entry("europa", Section.POLITIK),
            Map.entry("welt", Section.POLITIK), Map.entry("bundestag", Section.POLITIK),
            Map.entry("wahl", Section.POLITIK), Map.entry("innenpolitik", Section.POLITIK),
            Map.entry("aussenpolitik", Section.POLITIK),
            Map.entry("wirtschaft", Section.WIRTSCHAFT), Map.entry("finanzen", Section.WIRTSCHAFT),
            Map.entry("boerse", Section.WIRTSCHAFT),
            Map.entry("geld", Section.WIRTSCHAFT), Map.entry("unternehmen", Section.WIRTSCHAFT),
            Map.entry("karriere", Section.WIRTSCHAFT), Map.entry("verbraucher", Section.WIRTSCHAFT),
            Map.entry("sport", Section.SPORT), Map.entry("fussball", Section.SPORT),
            Map.entry("bundesliga", Section.SPORT), Map.entry("formel1", Section.SPORT),
            Map.entry("tennis", Section.SPORT), Map.entry("olympia", Section.SPORT),
            Map.entry("kultur", Section.KULTUR), Map.entry("feuilleton", Section.KULTUR),
            Map.entry("kino", Section.KULTUR), Map.entry("film", Section.KULTUR),
            Map.entry("musik", Section.KULTUR), Map.entry("literatur", Section.KULTUR),
            Map.entry("buecher", Section.KULTUR), Map.entry("kunst", Section.KULTUR),
            Map.entry("theater", Section.KULTUR), Map.entry("medien", Section.KULTUR),
            Map.entry("wissen", Section.WISSEN), Map.entry("wissenschaft", Section.WISSEN),
            Map.entry("forschung", Section.WISSEN), Map.entry("gesundheit", Section.WISSEN),
            Map.entry("medizin", Section.WISSEN), Map.entry("umwelt", Section.WISSEN),
            Map.entry("klima", Section.WISSEN), Map.entry("bildung", Section.WISSEN),
            Map.entry("technik", Section.TECHNIK), Map.entry("technologie", Section.TECHNIK),
            Map.entry("digital", Section.TECHNIK), Map.entry("netzwelt", Section.TECHNIK),
            Map.entry("netzpolitik", Section.TECHNIK), Map.entry("internet", Section.TECHNIK),
            Map.entry("web", Section.TECHNIK), Map.entry("computer", Section.TECHNIK),
            Map.entry("it", Section.TECHNIK), Map.entry("tech", Section.TECHNIK),
            Map.entry("software", Section.TECHNIK), Map.entry("hardware", Section.TECHNIK),
            Map.entry("games", Section.TECHNIK), Map.entry("mobil", Section.TECHNIK),
            Map.entry("security", Section.TECHNIK),
            Map.entry("panorama", Section.PANORAMA), Map.entry("vermischtes", Section.PANORAMA),
            Map.entry("gesellschaft", Section.PANORAMA), Map.entry("leute", Section.PANORAMA),
            Map.entry("chronik", Section.PANORAMA), Map.entry("justiz", Section.PANORAMA),
            Map.entry("kriminalitaet", Section.PANORAMA), Map.entry("unglueck", Section.PANORAMA),
            Map.entry("reise", Section.PANORAMA), Map.entry("lifestyle", Section.PANORAMA));

    /** Only the first path segments name a section; later ones are the article's own slug. */
    private static final int PATH_SEGMENTS = 3;

    /** The section a heading or category names, looking at each of its words ("Politik / Inland", "Sport-News"). */
    public Optional<Section> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String folded = fold(label);
        Section whole = WORDS.get(folded.replaceAll("[^a-z0-9]", ""));
        if (whole != null) {
            return Optional.of(whole);
        }
        for (String word : folded.split("[^a-z0-9]+")) {
            Section section = WORDS.get(word);
            if (section != null) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The section a path segment of the URL names, with that segment ("/politik/"); whole segments only. */
    public Optional<Match> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null) {
            return Optional.empty();
        }
        List<String> segments = List.of(path.split("/")).stream().filter(s -> !s.isEmpty()).toList();
        // The last segment is the article itself ("wahl-in-berlin.html"), never a section.
        for (int i = 0; i < Math.min(PATH_SEGMENTS, segments.size() - 1); i++) {
            Section section = WORDS.get(fold(segments.get(i)));
            if (section != null) {
                return Optional.of(new Match(section, "/" + segments.get(i) + "/"));
            }
        }
        return Optional.empty();
    }

    /** A section and the words that named it. */
    public record Match(Section section, String evidence) {
    }

    private static String fold(String text) {
        String lower = text.strip().toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
}
