package de.presseschau.store;

import org.jdbi.v3.core.Jdbi;

import java.util.Optional;

/** The setting table: small named values that must survive a restart. */
public final class SettingStore {

    private final Jdbi jdbi;

    public SettingStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<String> find(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM setting WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    public void put(String name, String value) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO setting (name, setting_value) KEY (name) VALUES (:name, :value)")
                .bind("name", name).bind("value", value).execute());
    }
}
