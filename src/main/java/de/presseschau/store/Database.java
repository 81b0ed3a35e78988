package de.presseschau.store;

/** Opens the H2 database (file or in-memory), runs the migrations and hands out Jdbi. */
public final class Database implements AutoCloseable {

    /** A file database under {@code dataDir}. */
    public static Database open(java.nio.file.Path dataDir) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A fresh private in-memory database, for tests. */
    public static Database inMemory() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }
}
