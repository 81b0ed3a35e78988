package de.presseschau.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that grows with every change made to the database, so something made from its data (a rendered page)
 * can tell whether it is still current: equal numbers mean nothing was written in between.
 */
public final class DataVersion {

    /** Statements that only read; everything else counts as a change, so an unknown statement errs on the safe side. */
    private static final Set<String> READING = Set.of("SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN", "SHOW");

    private final AtomicLong changes = new AtomicLong();
    /** Set while this thread's handle has written in a transaction not yet ended. */
    private final ThreadLocal<Boolean> uncommitted = ThreadLocal.withInitial(() -> false);

    /** The current number; it only grows. */
    public long current() {
        return changes.get();
    }

    /** Counts every writing statement run through {@code jdbi}, and once more when its transaction ends. */
    void watch(Jdbi jdbi) {
        jdbi.getConfig(SqlStatements.class).addCustomizer(new StatementCustomizer() {
            @Override
            public void afterExecution(PreparedStatement statement, StatementContext context) throws SQLException {
                if (isChange(context.getRawSql())) {
                    changes.incrementAndGet();
                    if (!context.getConnection().getAutoCommit()) {
                        uncommitted.set(true);
                    }
                }
            }
        });
        // A page made between a write and its commit saw the old data but the new number; counting again once the
        // handle is closed (after its commit or rollback) makes such a page outdated at once. Handles here live on
        // one thread, inside one useHandle/useTransaction call.
        jdbi.getConfig(Handles.class).addListener(new HandleListener() {
            @Override
            public void handleClosed(Handle handle) {
                if (uncommitted.get()) {
                    uncommitted.remove();
                    changes.incrementAndGet();
                }
            }
        });
    }

    static boolean isChange(String sql) {
        String text = sql.stripLeading();
        while (text.startsWith("(")) {
            text = text.substring(1).stripLeading();
        }
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return !READING.contains(text.substring(0, end).toUpperCase(Locale.ROOT));
    }
}
