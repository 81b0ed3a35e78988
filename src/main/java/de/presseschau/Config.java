package de.presseschau;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything Presseschau is told at start: the command and its settings, read once from flags, then
 * environment variables ({@code PRESSESCHAU_*}), then defaults.
 */
public record Config(Command command, Path feedsFile, Path dataDir, String host, int port, Duration refreshInterval,
                     List<String> arguments, Duration minInterval, Duration maxInterval, int perHost,
                     String password, String apiToken, String reextractFeed, LocalDate reextractSince,
                     int keepDays, int keepPerFeed, boolean allowPrivate) {

    public enum Command { SERVE, FETCH, EXTRACT, EXTRACT_BENCH, REEXTRACT, BACKUP, TOPIC_EVAL, STORY_EVAL, PARSE, HELP, EXPORT_OPML, IMPORT_OPML, STORY_BENCH }

    /** Flags only the reextract command takes; they have no environment variable and no default. */
    private static final Set<String> REEXTRACT_FLAGS = Set.of("feed", "since");

    /** Flags that may stand alone: {@code --allow-private} means {@code --allow-private=true}. */
    private static final Set<String> SWITCHES = Set.of("allow-private");

    public static final String USAGE = """
            Presseschau – ein Nachrichtenleser für deutsche Nachrichten, selbst betrieben.

            Aufruf:
              java -jar target/presseschau.jar [serve] [Optionen]   Leser starten (Web-Oberfläche und regelmäßiges Abrufen)
              java -jar target/presseschau.jar fetch [Optionen]     alle Feeds einmal abrufen, Zusammenfassung zeigen, beenden
              java -jar target/presseschau.jar extract HTML_DIR OUT_DIR
                                                     Artikeltext aus jeder <id>.html(.gz) in HTML_DIR nach OUT_DIR/<id>.txt
                                                     schreiben; letzte Zeile: Messwerte als JSON
              java -jar target/presseschau.jar backup DATEI.zip [Optionen]
                                                     eine Sicherung der Datenbank schreiben, auch während der Leser läuft
              java -jar target/presseschau.jar bench [--feeds N] [--entries M] [--latency MS] [--concurrency C]
                                                     Messlauf gegen einen lokalen Server (siehe README)
              java -jar target/presseschau.jar load-bench [--articles N] [--feeds F] [--seconds S] [--clients C]
                                                     [--heap 256m] [--data VERZEICHNIS]
                                                     [--only front,topic,article,search,static]
                                                     Lastmessung: Datenbank mit N Artikeln füllen, den Leser mit
                                                     begrenztem Heap starten und Seiten parallel abrufen (siehe README)
              java -jar target/presseschau.jar reextract [--feed URL] [--since DATUM] [Optionen]
                                                     gespeicherte Artikel (eines Feeds, seit einem Tag wie 2026-11-01)
                                                     neu von ihrer Originalseite extrahieren
              java -jar target/presseschau.jar extract-bench [KORPUS]
                                                     den Extraktor auf ../shared/corpus (oder KORPUS) messen: beide
                                                     Bewertungen, Tempo und Metadaten, mit den Vergleichswerten daneben
              java -jar target/presseschau.jar topic-eval DATEI [SEED]
                                                     den Ressort-Klassifikator mit 5-facher Kreuzvalidierung auf
                                                     DATEI (.jsonl.gz mit "text" und "label") messen; letzte Zeile:
                                                     {"accuracy":..,"macroF1":..}; SEED wählt die Aufteilung (42)
              java -jar target/presseschau.jar story-eval DATEI
                                                     Ähnlichkeit und Story-Entscheidung auf Artikelpaaren (.jsonl.gz
                                                     mit pair_id, title1, text1, title2, text2, scores.overall)
                                                     messen; letzte Zeile: {"pearson":..,"f1":..,"precision":..,"recall":..}
              java -jar target/presseschau.jar story-bench PAARE [NACHRICHTEN...]
                                                     die Gruppierung zu Geschichten messen: die Artikel der Paare (und
                                                     weiterer .jsonl.gz-Dateien mit "text") in Stapeln gruppieren; Zeit
                                                     je 1.000 Artikel, Speicher, wie die Paare zusammenfanden
              java -jar target/presseschau.jar parse DATEI...        jede Feed-Datei mit dem eigenen Parser lesen und je Datei
                                                     eine JSON-Zeile ausgeben (Feed und Einträge oder der Fehler)
              java -jar target/presseschau.jar export-opml [DATEI]  alle Feeds aus feeds.txt mit ihren Themen als OPML
                                                     ausgeben (auf stdout oder in DATEI)
              java -jar target/presseschau.jar import-opml DATEI    die Feeds einer OPML-Datei unter ihren Kategorien an
                                                     feeds.txt anhängen, vorhandene überspringen, und sagen, was geschah
              java -jar target/presseschau.jar --help               diese Hilfe

            Optionen (Umgebungsvariable in Klammern; Vorgabe hinter dem Gleichheitszeichen):
              --feeds DATEI       die Feed-Liste (PRESSESCHAU_FEEDS) = feeds.txt
              --data VERZEICHNIS  wo die H2-Datenbank liegt (PRESSESCHAU_DATA) = ./data
              --port N            Port des Web-Lesers (PRESSESCHAU_PORT) = 8080
              --host ADRESSE      Adresse, an die der Web-Leser gebunden wird (PRESSESCHAU_HOST) = 127.0.0.1
              --refresh DAUER     Abrufabstand für Feeds, deren Rhythmus noch unbekannt ist, z. B. 30m, 1h, 90s
                                  (PRESSESCHAU_REFRESH) = 30m; sonst richtet er sich danach, wie oft ein Feed
                                  veröffentlicht
              --min-interval DAUER  kleinster Abrufabstand eines Feeds (PRESSESCHAU_MIN_INTERVAL) = 10m
              --max-interval DAUER  größter Abrufabstand eines funktionierenden Feeds (PRESSESCHAU_MAX_INTERVAL) = 6h
              --per-host N        höchstens so viele Anfragen gleichzeitig an einen Server (PRESSESCHAU_PER_HOST) = 2
              --password-file DATEI  Datei, deren erste Zeile das Passwort des Lesers ist (PRESSESCHAU_PASSWORD_FILE);
                                  oder das Passwort selbst in PRESSESCHAU_PASSWORD; ohne Passwort nur auf 127.0.0.1
              --keep-days N       Artikel so viele Tage behalten (PRESSESCHAU_KEEP_DAYS) = 90
              --keep-per-feed N   höchstens so viele Artikel je Feed behalten (PRESSESCHAU_KEEP_PER_FEED) = 1000
              --allow-private     Artikelseiten auch aus dem lokalen Netz abrufen (PRESSESCHAU_ALLOW_PRIVATE=true);
                                  sonst werden private, Loopback- und Link-local-Adressen nicht abgerufen;
                                  für einen einzelnen Feed: +lokal hinter seiner Adresse in feeds.txt
              API-Zugang für andere Programme: PRESSESCHAU_API_TOKEN, gesendet als "Authorization: Bearer TOKEN"

            feeds.txt: eine Feed-Adresse pro Zeile, optional gefolgt von einem Anzeigenamen;
            [Thema] beginnt ein Thema; Zeilen mit # und Leerzeilen werden übersprungen.
            """;

    private static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("feeds", "PRESSESCHAU_FEEDS"), Map.entry("data", "PRESSESCHAU_DATA"),
            Map.entry("port", "PRESSESCHAU_PORT"), Map.entry("host", "PRESSESCHAU_HOST"),
            Map.entry("refresh", "PRESSESCHAU_REFRESH"), Map.entry("min-interval", "PRESSESCHAU_MIN_INTERVAL"),
            Map.entry("max-interval", "PRESSESCHAU_MAX_INTERVAL"), Map.entry("per-host", "PRESSESCHAU_PER_HOST"),
            Map.entry("password-file", "PRESSESCHAU_PASSWORD_FILE"), Map.entry("keep-days", "PRESSESCHAU_KEEP_DAYS"),
            Map.entry("keep-per-feed", "PRESSESCHAU_KEEP_PER_FEED"),
            Map.entry("allow-private", "PRESSESCHAU_ALLOW_PRIVATE"));

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("feeds", "feeds.txt"), Map.entry("data", "./data"), Map.entry("port", "8080"),
            Map.entry("host", "127.0.0.1"), Map.entry("refresh", "30m"), Map.entry("min-interval", "10m"),
            Map.entry("max-interval", "6h"), Map.entry("per-host", "2"), Map.entry("password-file", ""),
            Map.entry("keep-days", "90"), Map.entry("keep-per-feed", "1000"), Map.entry("allow-private", "false"));

    /** Reads the command line and the environment; throws {@link IllegalArgumentException} with a message for the user. */
    public static Config parse(String[] args, Map<String, String> environment) {
        Command command = null;
        Map<String, String> flags = new java.util.HashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                command = Command.HELP;
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                } else if (SWITCHES.contains(name)) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("Option --" + name + " braucht einen Wert");
                }
                if (!DEFAULTS.containsKey(name) && !REEXTRACT_FLAGS.contains(name)) {
                    throw new IllegalArgumentException("Unbekannte Option --" + name);
                }
                flags.put(name, value);
            } else if (command == null && arguments.isEmpty()) {
                command = switch (arg) {
                    case "serve" -> Command.SERVE;
                    case "fetch" -> Command.FETCH;
                    case "extract" -> Command.EXTRACT;
                    case "backup" -> Command.BACKUP;
                    case "extract-bench" -> Command.EXTRACT_BENCH;
                    case "reextract" -> Command.REEXTRACT;
                    case "topic-eval" -> Command.TOPIC_EVAL;
                    case "story-eval" -> Command.STORY_EVAL;
                    case "parse" -> Command.PARSE;
                    case "export-opml" -> Command.EXPORT_OPML;
                    case "import-opml" -> Command.IMPORT_OPML;
                    case "story-bench" -> Command.STORY_BENCH;
                    default -> throw new IllegalArgumentException("Unbekannter Befehl: " + arg);
                };
            } else {
                arguments.add(arg);
            }
        }
        if (command == Command.EXTRACT && arguments.size() != 2) {
            throw new IllegalArgumentException("extract braucht zwei Verzeichnisse: HTML_DIR OUT_DIR");
        }
        if (command == Command.BACKUP && arguments.size() != 1) {
            throw new IllegalArgumentException("backup braucht eine Zieldatei, z. B. backup presseschau-sicherung.zip");
        }
        if (command == Command.TOPIC_EVAL && (arguments.isEmpty() || arguments.size() > 2)) {
            throw new IllegalArgumentException("topic-eval braucht eine Datei und höchstens einen Seed: DATEI.jsonl.gz [SEED]");
        }
        if (command == Command.TOPIC_EVAL && arguments.size() == 2 && !arguments.get(1).matches("-?\\d{1,18}")) {
            throw new IllegalArgumentException("Der Seed von topic-eval ist eine ganze Zahl, nicht " + arguments.get(1));
        }
        if (command == Command.STORY_EVAL && arguments.size() != 1) {
            throw new IllegalArgumentException("story-eval braucht eine Datei: DATEI.jsonl.gz");
        }
        if (command == Command.STORY_BENCH && arguments.isEmpty()) {
            throw new IllegalArgumentException("story-bench braucht eine Datei mit Artikelpaaren: PAARE.jsonl.gz");
        }
        if (command != Command.REEXTRACT && (flags.containsKey("feed") || flags.containsKey("since"))) {
            throw new IllegalArgumentException("--feed und --since gibt es nur für reextract");
        }
        if (command == Command.EXTRACT_BENCH && arguments.size() > 1) {
            throw new IllegalArgumentException("extract-bench braucht höchstens ein Verzeichnis: KORPUS");
        }
        if (command == Command.PARSE && arguments.isEmpty()) {
            throw new IllegalArgumentException("parse braucht mindestens eine Datei");
        }
        if (command == Command.EXPORT_OPML && arguments.size() > 1) {
            throw new IllegalArgumentException("export-opml braucht höchstens eine Zieldatei (ohne: Ausgabe auf stdout)");
        }
        if (command == Command.IMPORT_OPML && arguments.size() != 1) {
            throw new IllegalArgumentException("import-opml braucht eine Datei: import-opml DATEI.opml");
        }
        if (command != Command.HELP && command != Command.EXTRACT && command != Command.EXTRACT_BENCH
                && command != Command.BACKUP && command != Command.TOPIC_EVAL && command != Command.PARSE
                && command != Command.STORY_EVAL && command != Command.EXPORT_OPML && command != Command.IMPORT_OPML
                && command != Command.STORY_BENCH
                && !arguments.isEmpty()) {
            throw new IllegalArgumentException("Unerwartetes Argument: " + arguments.get(0));
        }
        return new Config(command == null ? Command.SERVE : command,
                Path.of(setting("feeds", flags, environment)),
                Path.of(setting("data", flags, environment)),
                setting("host", flags, environment),
                port(setting("port", flags, environment)),
                duration(setting("refresh", flags, environment)),
                List.copyOf(arguments),
                duration(setting("min-interval", flags, environment)),
                duration(setting("max-interval", flags, environment)),
                perHost(setting("per-host", flags, environment)),
                password(setting("password-file", flags, environment), environment.get("PRESSESCHAU_PASSWORD")),
                blankToNull(environment.get("PRESSESCHAU_API_TOKEN")),
                flags.get("feed"), date(flags.get("since")),
                count(setting("keep-days", flags, environment), "Ungültige Zahl von Tagen zum Behalten", 1),
                count(setting("keep-per-feed", flags, environment), "Ungültige Zahl von Artikeln je Feed", 1),
                yesOrNo(setting("allow-private", flags, environment)));
    }

    /** A whole number of at least {@code min}. */
    private static int count(String value, String problem, int min) {
        try {
            int count = Integer.parseInt(value);
            if (count < min) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problem + ": " + value + " (mindestens " + min + ")");
        }
    }

    private static boolean yesOrNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1" -> true;
            case "false", "no", "nein", "0" -> false;
            default -> throw new IllegalArgumentException("Ungültiger Wert für --allow-private: " + value + " (true oder false)");
        };
    }

    private static int perHost(String value) {
        try {
            int perHost = Integer.parseInt(value);
            if (perHost < 1 || perHost > 64) {
                throw new NumberFormatException();
            }
            return perHost;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Ungültige Zahl gleichzeitiger Anfragen je Server: " + value + " (1 bis 64)");
        }
    }

    /** The first line of the password file, else the password from the environment, else null. */
    private static String password(String file, String fromEnvironment) {
        if (file.isEmpty()) {
            return blankToNull(fromEnvironment);
        }
        try {
            String firstLine = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (firstLine.isBlank()) {
                throw new IllegalArgumentException("Die Passwortdatei " + file + " ist leer");
            }
            return firstLine.strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("Passwortdatei nicht lesbar: " + file);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Never shows the password or the token, so the configuration can be logged. */
    @Override
    public String toString() {
        return "Config[command=" + command + ", feedsFile=" + feedsFile + ", dataDir=" + dataDir + ", host=" + host
                + ", port=" + port + ", refreshInterval=" + refreshInterval + ", arguments=" + arguments
                + ", minInterval=" + minInterval + ", maxInterval=" + maxInterval + ", perHost=" + perHost
                + ", password=" + (password == null ? "none" : "***") + ", apiToken=" + (apiToken == null ? "none" : "***")
                + ", reextractFeed=" + reextractFeed + ", reextractSince=" + reextractSince + ", keepDays=" + keepDays
                + ", keepPerFeed=" + keepPerFeed + ", allowPrivate=" + allowPrivate + "]";
    }

    private static String setting(String name, Map<String, String> flags, Map<String, String> environment) {
        String value = flags.get(name);
        if (value == null || value.isBlank()) {
            value = environment.get(ENVIRONMENT.get(name));
        }
        return value == null || value.isBlank() ? DEFAULTS.get(name) : value.strip();
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Ungültiger Port: " + value);
        }
    }

    /** "2026-11-01"; null when not given. */
    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ungültiges Datum: " + value + " (Beispiel: 2026-11-01)");
        }
    }

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)([hms])");

    /** "30m", "1h", "90s", "1h30m" or ISO-8601 ("PT30M"); at least ten seconds. */
    static Duration duration(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Duration duration = Duration.ZERO;
        try {
            if (text.startsWith("pt")) {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } else {
                Matcher matcher = DURATION_PART.matcher(text);
                int end = 0;
                while (matcher.find() && matcher.start() == end) {
                    long amount = Long.parseLong(matcher.group(1));
                    duration = duration.plus(switch (matcher.group(2)) {
                        case "h" -> Duration.ofHours(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        default -> Duration.ofSeconds(amount);
                    });
                    end = matcher.end();
                }
                if (end == 0 || end != text.length()) {
                    throw new IllegalArgumentException();
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Ungültige Dauer: " + value + " (Beispiele: 30m, 1h, 90s)");
        }
        if (duration.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("Abrufabstand zu kurz: " + value + " (mindestens 10s)");
        }
        return duration;
    }
}
