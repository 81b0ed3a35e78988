package de.presseschau.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The general entities a DOCTYPE declares with a short literal value ({@code <!ENTITY id "tag:example.com,">}), and
 * their expansion within a fixed budget. External entities (SYSTEM, PUBLIC), parameter entities and values that refer
 * to other entities or contain markup are left out: nothing is ever loaded, and expansion cannot grow the document
 * by more than {@link #BUDGET} characters, however many references it holds.
 */
final class InternalEntities {

    private static final Pattern DECLARATION = Pattern.compile(
            "<!ENTITY\\s+([A-Za-z_][A-Za-z0-9_.-]{0,63})\\s+(?:\"([^\"]{0,1024})\"|'([^']{0,1024})')\\s*>");
    private static final int MAX_ENTITIES = 100;
    static final int BUDGET = 1 << 20;

    private final Map<String, String> values = new HashMap<>();
    private int budget = BUDGET;

    /** Adds each safe declaration in {@code doctype}; the first declaration of a name wins, as in XML. */
    void declare(String doctype) {
        Matcher declaration = DECLARATION.matcher(doctype);
        while (declaration.find() && values.size() < MAX_ENTITIES) {
            String value = declaration.group(2) != null ? declaration.group(2) : declaration.group(3);
            if (value.indexOf('&') < 0 && value.indexOf('%') < 0 && value.indexOf('<') < 0) {
                // Escaped, so the value is safe in text and in quoted attributes alike.
                values.putIfAbsent(declaration.group(1),
                        value.replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;"));
            }
        }
    }

    /** The value to put in place of {@code &name;}, or null when it is not declared or the budget is spent. */
    String expand(String name) {
        String value = values.get(name);
        if (value == null || value.length() > budget) {
            return null;
        }
        budget -= value.length();
        return value;
    }
}
