package be.hestia.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the database holds, in one cheap reading: per table, its row count and a hash of its rows. Two equal
 * fingerprints mean nothing was inserted, changed or deleted in between.
 *
 * <p>Reads as PostgreSQL's superuser of the embedded test server (trust on localhost), which row-level security
 * does not restrict: the fingerprint sees every organisation's rows. Leaves out what a refused request may
 * rightly write: the access log (a denied read is recorded) and the staff profiles (recorded at a caller's first
 * call, whatever the call).
 */
public final class DatabaseFingerprint {

    private static final List<String> LEFT_OUT = List.of("access_log", "staff", "flyway_schema_history");
    private static String query;

    private DatabaseFingerprint() {
    }

    /** Table name to "rows:hash". */
    public static synchronized Map<String, String> take() {
        try (Connection connection = DriverManager.getConnection(TestStack.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            if (query == null) {
                query = query(statement);
            }
            Map<String, String> tables = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    tables.put(rows.getString(1), rows.getLong(2) + ":" + rows.getLong(3));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fingerprint the test database", e);
        }
    }

    /** One statement over every table of the schema, so that a table a later migration adds is counted too. */
    private static String query(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname""")) {
            while (rows.next()) {
                if (!LEFT_OUT.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No table to fingerprint: is the schema migrated?");
        }
        return tables.stream()
                .map(t -> "select '" + t + "', count(*), coalesce(sum(hashtext(t::text)::bigint), 0) from " + t + " t")
                .collect(Collectors.joining(" union all "));
    }
}
