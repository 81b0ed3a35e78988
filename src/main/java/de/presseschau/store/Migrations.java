package de.presseschau.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

/** Applies the numbered SQL files listed in {@code db/migrations.list} that the database has not seen yet. */
final class Migrations {

    static final String LIST = "db/migrations.list";

    private final Jdbi jdbi;
    private final String list;

    /** {@code list}: the resource naming the migrations in order; they lie beside it. */
    Migrations(Jdbi jdbi, String list) {
        this.jdbi = jdbi;
        this.list = list;
    }

    /**
     * Applies what is pending and returns the names applied now. {@code beforeUpgrade} runs first when a database that
     * has some migrations already is about to get more: an upgrade, as opposed to a new database.
     */
    List<String> migrate(Runnable beforeUpgrade) {
        return jdbi.withHandle(handle -> {
            handle.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "name VARCHAR(200) PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            Set<String> applied = new HashSet<>(
                    handle.createQuery("SELECT name FROM schema_version").mapTo(String.class).list());
            List<String> pending = listed(list).stream().filter(name -> !applied.contains(name)).toList();
            if (!pending.isEmpty() && !applied.isEmpty()) {
                beforeUpgrade.run();
            }
            for (String name : pending) {
                apply(handle, name);
            }
            return pending;
        });
    }

    private void apply(Handle handle, String name) {
        String folder = list.substring(0, list.lastIndexOf('/') + 1);
        handle.useTransaction(tx -> {
            for (String statement : statements(read(folder + name))) {
                tx.execute(statement);
            }
            tx.createUpdate("INSERT INTO schema_version (name, applied_at) VALUES (:name, CURRENT_TIMESTAMP)")
                    .bind("name", name)
                    .execute();
        });
    }

    static List<String> listed(String list) {
        List<String> names = new ArrayList<>();
        for (String line : read(list).split("\n")) {
            if (!line.isBlank()) {
                names.add(line.trim());
            }
        }
        return names;
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().trim();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        return statements;
    }

    static String read(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
