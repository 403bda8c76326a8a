package be.hestia.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import be.hestia.security.SystemScope;

/**
 * Connections for tests that look at or prepare rows directly, as the application's role. Row-level security gives a
 * connection borrowed outside a request no rows at all; these take the system scope across organisations, as demo
 * data does.
 */
public final class SystemConnections {

    private SystemConnections() {
    }

    public static Connection acrossOrganisations(DataSource dataSource) {
        return SystemScope.acrossOrganisations("test", () -> {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
