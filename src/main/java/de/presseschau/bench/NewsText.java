package de.presseschau.bench;

import de.presseschau.model.Section;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up German news for the load benchmark: headlines, teasers and bodies of a few KB per topic, drawn from word
 * pools large enough that search terms are neither in every article nor in none.
 */
final class NewsText {

    /** A topic of the benchmark's feeds.txt, the section its articles are in and the words it writes about. */
    record Topic(String name, Section section, List<String> subjects) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("Politik", Section.POLITIK, List.of("der Bundestag", "die Bundesregierung", "die Koalition",
                    "der Haushalt", "die Rentenreform", "das Bürgergeld", "die Schuldenbremse", "die Opposition",
                    "der Bundesrat", "das Wahlrecht", "die Landtagswahl", "die Migrationspolitik")),
            new Topic("Wirtschaft", Section.WIRTSCHAFT, List.of("die Inflation", "die Europäische Zentralbank", "der Mittelstand",
                    "die Autoindustrie", "der Arbeitsmarkt", "die Energiepreise", "der Export", "die Tarifverhandlung",
                    "der Leitzins", "die Konjunktur", "die Insolvenz", "der Fachkräftemangel")),
            new Topic("Sport", Section.SPORT, List.of("der Bundesliga-Spieltag", "der Trainer", "die Nationalmannschaft",
                    "das Pokalfinale", "der Transfermarkt", "die Handball-EM", "der Biathlon-Weltcup", "die Formel 1",
                    "das Derby", "der Aufsteiger", "die Champions League", "der Marathon")),
            new Topic("Kultur", Section.KULTUR, List.of("die Berlinale", "das Theater", "die Buchmesse", "das Museum",
                    "die Oper", "der Roman", "die Ausstellung", "das Festival", "die Filmförderung", "das Orchester",
                    "der Literaturpreis", "die Documenta")),
            new Topic("Wissen", Section.WISSEN, List.of("die Forschung", "das Weltraumteleskop", "die Universität",
                    "die Studie", "das Max-Planck-Institut", "die Raumfahrt", "die Archäologie", "die Genforschung",
                    "der Impfstoff", "die Hirnforschung", "das Labor", "die Expedition")),
            new Topic("Technik", Section.TECHNIK, List.of("die künstliche Intelligenz", "das Smartphone", "der Datenschutz",
                    "die Cybersicherheit", "der Glasfaserausbau", "das Elektroauto", "die Chipfabrik", "die Software",
                    "das Rechenzentrum", "der Mobilfunk", "die Digitalisierung", "die Sicherheitslücke")),
            new Topic("Panorama", Section.PANORAMA, List.of("das Unwetter", "die Polizei", "der Prozess", "die Feuerwehr",
                    "das Hochwasser", "der Zoo", "die Lottoziehung", "der Verkehrsunfall", "das Oktoberfest",
                    "die Rettungsaktion", "der Stau", "das Volksfest")),
            new Topic("Ausland", Section.POLITIK, List.of("die Europäische Union", "die Vereinten Nationen", "der Gipfel",
                    "die Waffenruhe", "das Parlament in Paris", "die Präsidentschaftswahl", "die Nato", "der Botschafter",
                    "die Sanktionen", "das Abkommen", "die Außenministerin", "der Staatsbesuch")),
            new Topic("Regionales", Section.PANORAMA, List.of("der Gemeinderat", "die Stadtverwaltung", "der Bürgermeister",
                    "die Umgehungsstraße", "das Freibad", "die Kita", "der Nahverkehr", "die Baustelle",
                    "der Wochenmarkt", "die Stadtbibliothek", "das Stadtfest", "die Grundschule")),
            new Topic("Gesundheit", Section.WISSEN, List.of("die Krankenhausreform", "die Krankenkasse", "die Pflege",
                    "der Hausarzt", "die Grippewelle", "die Apotheke", "das Gesundheitsministerium", "die Notaufnahme",
                    "die Vorsorge", "der Beitragssatz", "die Organspende", "die Telemedizin")),
            new Topic("Klima", Section.WISSEN, List.of("die Energiewende", "der Klimaschutz", "die Wärmepumpe",
                    "der Kohleausstieg", "die Windkraft", "die Solaranlage", "der Emissionshandel", "die Dürre",
                    "das Heizungsgesetz", "der Meeresspiegel", "die Klimakonferenz", "der Wasserstoff")),
            new Topic("Verkehr", Section.WIRTSCHAFT, List.of("die Deutsche Bahn", "der Streik", "das Deutschlandticket",
                    "der Flughafen", "die Autobahn", "die Lokführergewerkschaft", "der Fernverkehr", "die Brücke",
                    "das Tempolimit", "die Ladesäule", "der Radweg", "die S-Bahn")));

    /** Queries a reader might type, from common to rare. */
    static final List<String> QUERIES = List.of("Bundestag", "Energiewende Kosten", "Bahn Streik", "Inflation",
            "Trainer Bundesliga", "künstliche Intelligenz", "Krankenhausreform Pflege", "Bürgermeister Freibad",
            "Wahlen", "Hochwasser Feuerwehr");

    private static final List<String> PLACES = List.of("Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Stuttgart",
            "Düsseldorf", "Leipzig", "Dresden", "Hannover", "Nürnberg", "Bremen", "Essen", "Dortmund", "Mainz",
            "Wiesbaden", "Kiel", "Rostock", "Erfurt", "Magdeburg", "Potsdam", "Schwerin", "Saarbrücken", "Freiburg",
            "Heidelberg", "Münster", "Augsburg", "Regensburg", "Würzburg", "Göttingen", "Bonn", "Aachen", "Karlsruhe",
            "Mannheim", "Kassel", "Jena", "Halle", "Chemnitz", "Lübeck", "Oldenburg");

    private static final List<String> PEOPLE = List.of("die Ministerin", "der Sprecher", "die Vorsitzende",
            "ein Experte", "die Präsidentin", "der Bürgermeister", "eine Sprecherin", "der Geschäftsführer",
            "die Wissenschaftlerin", "der Abgeordnete", "die Gewerkschaft", "der Verband", "die Verbraucherzentrale",
            "der Landrat", "die Direktorin", "ein Anwohner");

    private static final List<String> VERBS = List.of("steht vor einer Entscheidung", "sorgt für Streit",
            "wird neu verhandelt", "kostet mehr als geplant", "bekommt mehr Geld", "wird verschoben",
            "soll schneller kommen", "bleibt umstritten", "wird heute beraten", "trifft auf Kritik",
            "bringt Wahlen näher", "übertrifft die Erwartungen");

    private static final List<String> CLAUSES = List.of(
            "Nach Angaben aus %s wird das Thema in den kommenden Wochen weiter beschäftigen.",
            "%s sagte am Dienstag, man wolle die Pläne bis zum Herbst vorlegen.",
            "Die Kosten werden auf mehrere Millionen Euro geschätzt, genaue Zahlen sollen im Frühjahr folgen.",
            "Kritiker bemängeln, dass die Betroffenen zu spät einbezogen worden seien.",
            "In %s hatten zuvor mehrere hundert Menschen demonstriert.",
            "Ein Gutachten kommt zu dem Schluss, dass die bisherigen Maßnahmen nicht ausreichen.",
            "Die Opposition verlangt eine Anhörung im Ausschuss und weitere Unterlagen.",
            "%s wies die Vorwürfe zurück und sprach von einem Missverständnis.",
            "Zuletzt hatte es im Sommer eine ähnliche Debatte gegeben, die ohne Ergebnis blieb.",
            "Wie es weitergeht, soll nach den Wahlen entschieden werden.",
            "Nach Schätzungen sind bundesweit rund %d000 Menschen davon betroffen.",
            "Die Landesregierung kündigte an, die Entwicklung genau zu beobachten.",
            "Fachleute rechnen damit, dass sich die Lage erst im nächsten Jahr entspannt.",
            "Bereits im vergangenen Jahr waren die Zahlen deutlich gestiegen.",
            "Die Entscheidung fiel nach einer mehrstündigen Sitzung am späten Abend.",
            "Auch in %s wird über ähnliche Schritte nachgedacht.");

    private final SplittableRandom random;

    NewsText(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A headline such as "Die Energiewende kostet mehr als geplant – Streit in Kiel". */
    String headline(Topic topic) {
        String subject = pick(topic.subjects());
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + pick(VERBS) + " – " + pick(PLACES);
    }

    /** The body as paragraphs of plain text, about {@code words} words long. */
    List<String> paragraphs(Topic topic, int words) {
        List<String> paragraphs = new java.util.ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int written = 0;
        while (written < words) {
            String sentence = sentence(topic);
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
            written += sentence.split(" ").length;
            if (random.nextInt(4) == 0) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private String sentence(Topic topic) {
        if (random.nextInt(3) == 0) {
            String subject = pick(topic.subjects());
            return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " in " + pick(PLACES) + " "
                    + pick(VERBS) + ", sagte " + pick(PEOPLE) + ".";
        }
        String clause = pick(CLAUSES);
        if (clause.contains("%d")) {
            return String.format(clause, 1 + random.nextInt(90));
        }
        if (clause.startsWith("%s")) {
            String person = pick(PEOPLE);
            return String.format(clause, Character.toUpperCase(person.charAt(0)) + person.substring(1));
        }
        return clause.contains("%s") ? String.format(clause, pick(PLACES)) : clause;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
