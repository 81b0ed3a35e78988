package de.presseschau.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The "--name value" pairs of a benchmark's command line, read the same way by every benchmark. */
final class OptionPairs {

    private OptionPairs() {
    }

    /** Each option with its value, in the order given; an option without a value is refused. */
    static Map<String, String> of(String[] args) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + args[i] + " braucht einen Wert");
            }
            pairs.put(args[i], args[i + 1]);
        }
        return pairs;
    }

    /** The value as a whole number of at least {@code min}. */
    static int number(String option, String value, int min) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Keine Zahl für " + option + ": " + value);
        }
        throw new IllegalArgumentException("Ungültiger Wert für " + option + ": " + value);
    }
}
