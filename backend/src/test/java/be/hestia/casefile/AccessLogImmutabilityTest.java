package be.hestia.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.SystemConnections;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The application's own database connection can add to the access log but cannot change or erase it, nor remove
 * the triggers that would refuse it: PostgreSQL refuses for lack of privilege, before any trigger runs.
 */
@QuarkusTest
class AccessLogImmutabilityTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    DataSource dataSource;

    @Test
    void theApplicationsDatabaseUserCanOnlyAddToTheLog() throws SQLException {
        try (Connection connection = SystemConnections.acrossOrganisations(dataSource); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into access_log (organisation_id, actor_id, actor_name, action, record_type, record_id)
                    values ('BINHOME', gen_random_uuid(), 'Test', 'read', 'case-file', gen_random_uuid())
                    """);
            try (ResultSet rows = statement.executeQuery("select count(*) from access_log where actor_name = 'Test'")) {
                rows.next();
                assertThat(rows.getLong(1)).isPositive();
            }

            assertRefused(statement, "update access_log set reason = 'changed'");
            assertRefused(statement, "delete from access_log");
            assertRefused(statement, "truncate access_log");
            assertRefused(statement, "drop trigger access_log_append_only on access_log");
            assertRefused(statement, "alter table access_log disable trigger access_log_append_only");
            assertRefused(statement, "alter table access_log add column note text");
            assertRefused(statement, "drop table access_log");
        }
    }

    private static void assertRefused(Statement statement, String sql) {
        assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
