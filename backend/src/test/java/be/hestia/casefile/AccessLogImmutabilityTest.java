package be.hestia.casefile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The application's own database connection cannot change or erase the access log. */
@QuarkusTest
class AccessLogImmutabilityTest {

    @Inject
    DataSource dataSource;

    @Test
    void theApplicationsDatabaseUserCannotUpdateDeleteOrTruncateTheLog() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into access_log (organisation_id, actor_id, actor_name, action, record_type, record_id)
                    values ('BINHOME', gen_random_uuid(), 'Test', 'read', 'case-file', gen_random_uuid())
                    """);
            assertThatThrownBy(() -> statement.execute("update access_log set reason = 'changed'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("delete from access_log"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("truncate access_log"))
                    .isInstanceOf(SQLException.class);
        }
    }
}
