package de.presseschau.testing;

import de.presseschau.store.ArticleStore;
import de.presseschau.store.NewEntry;
import de.presseschau.topics.StoryText;

import java.time.Instant;
import java.util.List;

/**
 * Short German reports written for these tests: three outlets on one storm flood in Hamburg, and three
 * unrelated reports (one also from Hamburg, so a shared place alone must not make a story).
 */
public final class StoryReports {

    public static final StoryText FLOOD_TAGESSCHAU = new StoryText(
            "Sturmflut in Hamburg: Fischmarkt steht unter Wasser",
            "Eine schwere Sturmflut hat in der Nacht zum Dienstag den Hamburger Fischmarkt überflutet. Das Wasser der "
                    + "Elbe stieg nach Angaben des Bundesamts für Seeschifffahrt und Hydrographie auf 3,10 Meter über dem "
                    + "mittleren Hochwasser. Die Feuerwehr Hamburg war mit mehreren hundert Einsatzkräften im Einsatz, "
                    + "Anwohner in St. Pauli mussten ihre Autos umparken. Das Orkantief Zeynep brachte Windböen von bis zu "
                    + "140 Kilometern pro Stunde an die Nordseeküste. Verletzt wurde nach ersten Angaben niemand.");

    public static final StoryText FLOOD_SPIEGEL = new StoryText(
            "Orkantief Zeynep: Elbe überflutet Hamburger Fischmarkt",
            "Das Orkantief Zeynep hat Hamburg eine schwere Sturmflut beschert. Am Fischmarkt in St. Pauli stand das "
                    + "Wasser der Elbe in der Nacht meterhoch, wie die Feuerwehr Hamburg mitteilte. Das Bundesamt für "
                    + "Seeschifffahrt und Hydrographie meldete einen Pegel von 3,10 Metern über dem mittleren Hochwasser. "
                    + "Hunderte Einsatzkräfte sicherten die Straßen, Autos wurden abgeschleppt. Verletzte gab es nach "
                    + "Angaben der Feuerwehr keine.");

    public static final StoryText FLOOD_ZEIT = new StoryText(
            "Sturmflut: Hamburger Fischmarkt überflutet, keine Verletzten",
            "In Hamburg hat eine Sturmflut den Fischmarkt unter Wasser gesetzt. Ausgelöst durch das Orkantief Zeynep "
                    + "stieg die Elbe auf mehr als drei Meter über dem mittleren Hochwasser, teilte das Bundesamt für "
                    + "Seeschifffahrt und Hydrographie mit. Die Feuerwehr Hamburg rückte mit Hunderten Einsatzkräften aus. "
                    + "Anwohner in St. Pauli wurden gebeten, ihre Autos aus dem Gefahrenbereich zu bringen. Verletzt "
                    + "wurde niemand.");

    public static final StoryText BUDGET = new StoryText(
            "Bundestag beschließt Haushalt für das kommende Jahr",
            "Der Bundestag hat am Freitag den Bundeshaushalt für das kommende Jahr beschlossen. Die Koalition stimmte "
                    + "geschlossen dafür, die Opposition kritisierte die hohe Neuverschuldung. Der Etat umfasst Ausgaben "
                    + "von rund 480 Milliarden Euro, davon gehen große Teile in Rente, Verteidigung und Schienennetz. "
                    + "Der Bundesrat muss dem Haushaltsgesetz noch zustimmen.");

    public static final StoryText FOOTBALL = new StoryText(
            "Bayern München gewinnt Spitzenspiel gegen Dortmund",
            "Der FC Bayern München hat das Spitzenspiel der Fußball-Bundesliga gegen Borussia Dortmund mit 3:1 "
                    + "gewonnen. Vor 75.000 Zuschauern in der Allianz Arena trafen zweimal der Mittelstürmer und einmal "
                    + "der Kapitän. Die Münchner bauen ihre Tabellenführung damit auf sieben Punkte aus, Dortmund fällt "
                    + "auf den vierten Platz zurück.");

    public static final StoryText PORT = new StoryText(
            "Hamburger Hafen: Containerumschlag gesunken",
            "Der Hamburger Hafen hat im dritten Quartal weniger Container umgeschlagen als im Vorjahr. Die Hafen "
                    + "Hamburg Marketing teilte mit, der Umschlag sei um vier Prozent gesunken. Gründe seien die schwache "
                    + "Konjunktur und die Konkurrenz aus Rotterdam und Antwerpen. Für das kommende Jahr erwartet der "
                    + "Hafen wieder ein leichtes Wachstum.");

    public static final List<StoryText> FLOOD = List.of(FLOOD_TAGESSCHAU, FLOOD_SPIEGEL, FLOOD_ZEIT);
    public static final List<StoryText> UNRELATED = List.of(BUDGET, FOOTBALL, PORT);

    private StoryReports() {
    }

    /** Stores the report as a feed's entry at {@code url} whose page was extracted; returns the article's id. */
    public static long store(ArticleStore articles, long feedId, String url, StoryText report, Instant published) {
        String teaser = report.text().substring(0, report.text().indexOf('.') + 1);
        long id = articles.addEntry(new NewEntry(feedId, url, url, report.title(), published, "<p>" + teaser + "</p>",
                teaser, "<p>" + teaser + "</p>", teaser), published).articleId();
        articles.saveExtracted(id, "<p>" + report.text() + "</p>", report.text());
        return id;
    }
}
