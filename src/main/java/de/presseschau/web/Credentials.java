package de.presseschau.web;

import de.presseschau.store.SettingStore;

/**
 * The reader's password: given at start (environment or file), or set once in the reader and kept as a hash.
 * Without one the reader is open, and then it only listens on this machine.
 */
public final class Credentials {

    private static final String SETTING = "password.hash";

    private final PasswordHash hashes;
    private final SettingStore settings;
    private final boolean isGivenAtStart;
    private volatile String hash;

    /** {@code passwordAtStart} is the configured password, or null when none was given. */
    public Credentials(String passwordAtStart, SettingStore settings) {
        this(passwordAtStart, settings, new PasswordHash(PasswordHash.STANDARD_ITERATIONS));
    }

    Credentials(String passwordAtStart, SettingStore settings, PasswordHash hashes) {
        this.hashes = hashes;
        this.settings = settings;
        this.isGivenAtStart = passwordAtStart != null && !passwordAtStart.isEmpty();
        this.hash = isGivenAtStart ? hashes.hash(passwordAtStart) : settings.find(SETTING).orElse(null);
    }

    public boolean isPasswordSet() {
        return hash != null;
    }

    boolean isGivenAtStart() {
        return isGivenAtStart;
    }

    boolean matches(String password) {
        String current = hash;
        return current != null && password != null && hashes.matches(password, current);
    }

    /** Sets the first password from the reader; one given at start cannot be replaced here. */
    void setPassword(String password) {
        if (isGivenAtStart) {
            throw new IllegalStateException("The password is configured at start");
        }
        String newHash = hashes.hash(password);
        settings.put(SETTING, newHash);
        hash = newHash;
    }
}
