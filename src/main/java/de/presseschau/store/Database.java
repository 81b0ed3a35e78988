package de.presseschau.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreTool;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Opens the H2 database (file or in-memory), runs the migrations and hands out Jdbi. */
public final class Database implements AutoCloseable {

    /** Connections open at most; a page, the refresh's writer and its workers each hold one while they work. */
    private static final int MAX_CONNECTIONS = 32;

    private final String url;
    /** The database file, rewritten at a clean stop when mostly empty; null for an in-memory database. */
    private final Path file;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final DataVersion version = new DataVersion();

    /** {@code upgrade} null: nothing is kept from before a schema upgrade (an in-memory database). */
    private Database(String url, Path file, String migrations, UpgradeBackup upgrade) {
        this.url = url;
        this.file = file;
        this.pool = new HikariDataSource(poolSettings(url));
        this.jdbi = Jdbi.create(pool);
        version.watch(jdbi);
        try {
            List<String> applied = new Migrations(jdbi, migrations).migrate(() -> {
                if (upgrade != null) {
                    upgrade.save(this::backupTo);
                }
            });
            if (upgrade != null && !applied.isEmpty()) {
                upgrade.finished(applied.get(0));
            }
        } catch (RuntimeException e) {
            // The pool's connections would keep the file open (and locked) after a migration that failed.
            pool.close();
            if (upgrade != null && upgrade.underWay()) {
                throw restoredAfter(e, upgrade);
            }
            throw e;
        }
    }

    /** Puts the copy from before a failed upgrade back and says so, or where the copy is when that failed too. */
    private static IllegalStateException restoredAfter(RuntimeException failure, UpgradeBackup upgrade) {
        Path copy = upgrade.copy();
        String what = "Die Umstellung der Datenbank auf die neue Version ist gescheitert: " + failure.getMessage() + ". ";
        try {
            return new IllegalStateException(what + (upgrade.restore() ? "Die Datenbank ist wieder im Stand davor (aus "
                    + copy + ")." : "Die Datenbank ist noch geöffnet; ihr Stand davor liegt in " + copy + "."), failure);
        } catch (RuntimeException restoreFailed) {
            IllegalStateException both = new IllegalStateException(what + "Auch das Zurücksetzen ist gescheitert; "
                    + "der Stand davor liegt in " + copy + " (wiederherstellen wie eine Sicherung).", failure);
            both.addSuppressed(restoreFailed);
            return both;
        }
    }

    /** A file database {@code presseschau.mv.db} under {@code dataDir}, created if missing. */
    public static Database open(Path dataDir) {
        return open(dataDir, Migrations.LIST);
    }

    /** As {@link #open(Path)}, with the migrations that {@code migrations} lists: for tests of upgrades. */
    static Database open(Path dataDir, String migrations) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create data directory " + dataDir, e);
        }
        UpgradeBackup upgrade = new UpgradeBackup(dataDir);
        // Before H2 opens the file: an upgrade killed halfway is undone, so it runs again from the start.
        upgrade.restoreIfInterrupted();
        Path file = dataDir.toAbsolutePath().resolve("presseschau");
        try {
            // WRITE_DELAY=0: a commit reaches the file before it returns, so a killed process keeps what it reported.
            // QUERY_CACHE_SIZE: a refresh's writer runs about fifteen different statements per batch; with H2's
            // default of 8 prepared per connection, each one was parsed and planned again every time.
            // LOB_TIMEOUT: every text column value read (a CLOB) stays referenced by its session this long, in case the
            // caller reads it later; ours read it at once, and H2's default of 5 minutes kept some 200,000 of them
            // (about 25 MB) after a start-up's classifier training and story grouping at 200,000 articles.
            // CACHE_SIZE (KB): H2's default page cache of 16 MB kept the pages of articles read at random just long
            // enough to be promoted, and G1 cleared them in bursts of mixed collections; with 4 MB, the reading view's
            // p99 fell from 41-50 to 34-41 ms under load-bench, the reader's peak heap from 220 to 145-170 MB, and the
            // refresh bench took as long (see README, Load and memory).
            return new Database("jdbc:h2:file:" + file
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64;LOB_TIMEOUT=10000;CACHE_SIZE=4096",
                    Path.of(file + ".mv.db"), migrations, upgrade);
        } catch (RuntimeException e) {
            if (hasErrorCode(e, ErrorCode.DATABASE_ALREADY_OPEN_1)) {
                throw new IllegalStateException("Die Datenbank in " + dataDir + " wird schon benutzt. Läuft Presseschau bereits?", e);
            }
            throw e;
        }
    }

    /**
     * H2's own pool rolls every connection back when it is taken and when it is given back, and a rollback empties
     * the session's cache of prepared statements: every query was parsed and planned anew (a fifth of a reading view's
     * CPU, the checkouts and returns another fifth). This pool rolls back only a connection left inside a transaction.
     */
    private static HikariConfig poolSettings(String url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("presseschau-db");
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(2);
        // An embedded database has no server that drops connections, and H2 closes a database whose last
        // connection closes: so connections are never retired for their age.
        config.setMaxLifetime(0);
        return config;
    }

    /** A fresh private in-memory database, for tests. */
    public static Database inMemory() {
        return new Database("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, Migrations.LIST, null);
    }

    /** The share of live data in the database file, in percent; 100 for an in-memory database. */
    private static int fillRate(Statement statement) throws SQLException {
        try (var result = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return result.next() ? Integer.parseInt(result.getString(1).strip()) : 100;
        }
    }

    private static boolean hasErrorCode(Throwable e, int code) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** Work run by {@link #onOneConnection}; it may throw what its caller handles. */
    @FunctionalInterface
    public interface Work<X extends Exception> {
        void run() throws X;
    }

    /**
     * Runs {@code work} with one connection for every store call it makes on this thread: a page of many small queries
     * takes a connection from the pool once instead of once per query, and finds them prepared in its session.
     */
    public <X extends Exception> void onOneConnection(Work<X> work) throws X {
        jdbi.useHandle(handle -> work.run());
    }

    /** As {@link #onOneConnection}, for work that makes something: a page's HTML. */
    public <T> T withOneConnection(Supplier<T> work) {
        return jdbi.withHandle(handle -> work.get());
    }

    /** Grows with every change written to this database. */
    public DataVersion version() {
        return version;
    }

    /** How many of the pool's connections are checked out right now. */
    int connectionsInUse() {
        return pool.getHikariPoolMXBean().getActiveConnections();
    }

    /** Writes a consistent copy of the whole database into a zip file, also while refreshes run. */
    public void backupTo(Path zip) {
        Path target = zip.toAbsolutePath();
        // BACKUP takes no parameters; the path is quoted as an SQL string literal.
        jdbi.useHandle(h -> h.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'"));
    }

    /** True when a trivial query succeeds. */
    public boolean isHealthy() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Below this share of live data in the file (percent), a clean stop compacts the whole file. */
    private static final int COMPACT_BELOW_FILL_RATE = 50;

    @Override
    public void close() {
        // SHUTDOWN flushes a file database and frees an in-memory one. It also compacts for at most H2's
        // MAX_COMPACT_TIME (200 ms), which keeps a stop quick; only when retention has left much of the file empty
        // is the whole file rewritten, so it shrinks instead of growing for good.
        // The connection that shuts down is not the pool's: the pool would use its connections once more when closing
        // them. It is opened first, so the database stays open while the pool lets go of its own.
        boolean rewrite;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            pool.close();
            rewrite = file != null && fillRate(statement) < COMPACT_BELOW_FILL_RATE;
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not shut the database down cleanly", e);
        } finally {
            pool.close();
        }
        if (rewrite) {
            // Into a new file beside it, moved over the old one only when complete: H2's SHUTDOWN COMPACT rewrites the
            // file in place, and after a process had been killed during a refresh, the file it left could not be
            // opened again ("File corrupted while reading record", CrashTest about one run in six).
            MVStoreTool.compact(file.toString(), false);
        }
    }
}
