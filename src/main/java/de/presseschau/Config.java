package de.presseschau;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything Presseschau is told at start: the command and its settings, read once from flags, then
 * environment variables ({@code PRESSESCHAU_*}), then defaults.
 */
public record Config(Command command, Path feedsFile, Path dataDir, String host, int port, Duration refreshInterval,
                     List<String> arguments) {

    public enum Command { SERVE, FETCH, EXTRACT, PARSE, HELP }

    public static final String USAGE = """
            Presseschau – ein Nachrichtenleser für deutsche Nachrichten, selbst betrieben.

            Aufruf:
              java -jar target/presseschau.jar [serve] [Optionen]   Leser starten (Web-Oberfläche und regelmäßiges Abrufen)
              java -jar target/presseschau.jar fetch [Optionen]     alle Feeds einmal abrufen, Zusammenfassung zeigen, beenden
              java -jar target/presseschau.jar extract HTML_DIR OUT_DIR
                                                     Artikeltext aus jeder <id>.html(.gz) in HTML_DIR nach OUT_DIR/<id>.txt
                                                     schreiben; letzte Zeile: Messwerte als JSON
              java -jar target/presseschau.jar parse DATEI...        jede Feed-Datei mit dem eigenen Parser lesen und je Datei
                                                     eine JSON-Zeile ausgeben (Feed und Einträge oder der Fehler)
              java -jar target/presseschau.jar --help               diese Hilfe

            Optionen (Umgebungsvariable in Klammern; Vorgabe hinter dem Gleichheitszeichen):
              --feeds DATEI       die Feed-Liste (PRESSESCHAU_FEEDS) = feeds.txt
              --data VERZEICHNIS  wo die H2-Datenbank liegt (PRESSESCHAU_DATA) = ./data
              --port N            Port des Web-Lesers (PRESSESCHAU_PORT) = 8080
              --host ADRESSE      Adresse, an die der Web-Leser gebunden wird (PRESSESCHAU_HOST) = 127.0.0.1
              --refresh DAUER     Abstand zwischen zwei Abrufen, z. B. 30m, 1h, 90s (PRESSESCHAU_REFRESH) = 30m

            feeds.txt: eine Feed-Adresse pro Zeile, optional gefolgt von einem Anzeigenamen;
            [Thema] beginnt ein Thema; Zeilen mit # und Leerzeilen werden übersprungen.
            """;

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "feeds", "PRESSESCHAU_FEEDS", "data", "PRESSESCHAU_DATA", "port", "PRESSESCHAU_PORT",
            "host", "PRESSESCHAU_HOST", "refresh", "PRESSESCHAU_REFRESH");

    private static final Map<String, String> DEFAULTS = Map.of(
            "feeds", "feeds.txt", "data", "./data", "port", "8080", "host", "127.0.0.1", "refresh", "30m");

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
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("Option --" + name + " braucht einen Wert");
                }
                if (!DEFAULTS.containsKey(name)) {
                    throw new IllegalArgumentException("Unbekannte Option --" + name);
                }
                flags.put(name, value);
            } else if (command == null && arguments.isEmpty()) {
                command = switch (arg) {
                    case "serve" -> Command.SERVE;
                    case "fetch" -> Command.FETCH;
                    case "extract" -> Command.EXTRACT;
                    case "parse" -> Command.PARSE;
                    default -> throw new IllegalArgumentException("Unbekannter Befehl: " + arg);
                };
            } else {
                arguments.add(arg);
            }
        }
        if (command == Command.EXTRACT && arguments.size() != 2) {
            throw new IllegalArgumentException("extract braucht zwei Verzeichnisse: HTML_DIR OUT_DIR");
        }
        if (command == Command.PARSE && arguments.isEmpty()) {
            throw new IllegalArgumentException("parse braucht mindestens eine Datei");
        }
        if (command != Command.HELP && command != Command.EXTRACT && command != Command.PARSE && !arguments.isEmpty()) {
            throw new IllegalArgumentException("Unerwartetes Argument: " + arguments.get(0));
        }
        return new Config(command == null ? Command.SERVE : command,
                Path.of(setting("feeds", flags, environment)),
                Path.of(setting("data", flags, environment)),
                setting("host", flags, environment),
                port(setting("port", flags, environment)),
                duration(setting("refresh", flags, environment)),
                List.copyOf(arguments));
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
