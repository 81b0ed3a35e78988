package de.presseschau.store;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connections go back to the pool as they are: what their sessions prepared stays prepared. */
class ConnectionPoolTest {

    private static final String QUERY = "SELECT COUNT(*) FROM article WHERE id > :id";

    private final Database database = Database.inMemory();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aQueryIsPreparedOnceAcrossCheckouts() {
        database.jdbi().useHandle(h -> h.createQuery(QUERY).bind("id", 1).mapTo(Integer.class).one());

        // The pool hands the same idle connection out again; H2 keeps the query's plan in its session's cache
        // unless the connection was rolled back on its way through the pool.
        database.jdbi().useHandle(h -> assertTrue(preparedQueries(h).containsKey(QUERY.replace(":id", "?")),
                "the query was prepared again: " + preparedQueries(h).keySet()));
    }

    /** The session's cache of prepared statements, by their SQL. */
    private static Map<?, ?> preparedQueries(Handle h) {
        try {
            SessionLocal session = (SessionLocal) h.getConnection().unwrap(JdbcConnection.class).getSession();
            var cache = SessionLocal.class.getDeclaredField("queryCache");
            cache.setAccessible(true);
            Object prepared = cache.get(session);
            return prepared == null ? Map.of() : (Map<?, ?>) prepared;
        } catch (SQLException | ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
