package be.hestia.common;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, recovering, or no
 * connection to be had in time) from a fault of Hestia's own. The first is answered 503 with
 * Retry-After and passes once PostgreSQL is back; the second stays a 500 with an incident id.
 *
 * <p>The exception arrives wrapped differently depending on where it struck (Agroal acquiring a
 * connection, Hibernate flushing, the transaction manager committing), so every cause and suppressed
 * exception is searched for the JDBC error underneath. A failed commit may still have landed: the 503 says
 * the write is not known to be saved, never that it was not.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        return search(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Causes and suppressed exceptions both: a commit that fails (Narayana's RollbackException) carries the
     * JDBC error as a suppressed XAException, not as its cause.
     */
    private static boolean search(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLException sql && (unreachable(sql.getSQLState()) || acquisitionTimeout(sql))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(t.getCause(), seen);
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, reset, broken mid-statement), and the 57P0x
     * states PostgreSQL sends while it shuts down, crashes or is not yet accepting connections.
     */
    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** Agroal has no exception type or SQLSTATE of its own for a pool that had no connection in time. */
    private static boolean acquisitionTimeout(SQLException e) {
        String message = e.getMessage();
        return e.getSQLState() == null && message != null
                && (message.startsWith("Sorry, acquisition timeout") || message.startsWith("Acquisition timeout"));
    }
}
