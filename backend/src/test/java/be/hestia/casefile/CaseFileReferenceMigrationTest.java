package be.hestia.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import be.hestia.devstack.EmbeddedPostgresServer;

/**
 * Migration V14 on a database that already holds case files, some households with several
 * followed files (possible before V14): it must not fail, must lose nothing, and must number the
 * files in opening order per organisation and year.
 */
class CaseFileReferenceMigrationTest {

    private static final String HOUSEHOLD_TWICE = "30000000-0000-4000-8000-00000000f001";
    private static final String HOUSEHOLD_ONCE = "30000000-0000-4000-8000-00000000f002";
    private static final String HOUSEHOLD_LLB = "30000000-0000-4000-8000-00000000f003";

    @Test
    void numbersExistingFilesInOpeningOrderAndKeepsEveryFollowedFileOfAHousehold() throws Exception {
        Path dir = Files.createTempDirectory("hestia-v14");
        try (EmbeddedPostgresServer db = EmbeddedPostgresServer.start(0, dir.resolve("data"), false,
                dir.resolve("postgres.log"))) {
            migrate(db, "13");
            try (Connection c = owner(db); Statement s = c.createStatement()) {
                s.execute("insert into household (id, organisation_id, version, created_at, updated_at) values "
                        + "('" + HOUSEHOLD_TWICE + "', 'BINHOME', 0, now(), now()), "
                        + "('" + HOUSEHOLD_ONCE + "', 'BINHOME', 0, now(), now()), "
                        + "('" + HOUSEHOLD_LLB + "', 'LLB', 0, now(), now())");
                // Opening order differs from insertion order; 2025-12-31 23:30 UTC is already 2026 in Brussels.
                file(s, "a1", "BINHOME", HOUSEHOLD_TWICE, "active", "2026-03-01T09:00:00Z", "2026-11-01T09:00:00Z");
                file(s, "a2", "BINHOME", HOUSEHOLD_TWICE, "open", "2026-01-15T09:00:00Z", "2026-11-20T09:00:00Z");
                file(s, "a3", "BINHOME", HOUSEHOLD_TWICE, "active", "2025-12-31T23:30:00Z", "2026-02-01T09:00:00Z");
                file(s, "b1", "BINHOME", HOUSEHOLD_ONCE, "closed", "2025-06-01T09:00:00Z", "2025-07-01T09:00:00Z");
                file(s, "b2", "BINHOME", HOUSEHOLD_ONCE, "active", "2025-02-01T09:00:00Z", "2025-07-01T09:00:00Z");
                file(s, "c1", "LLB", HOUSEHOLD_LLB, "open", "2026-04-01T09:00:00Z", "2026-04-01T09:00:00Z");
            }

            migrate(db, null);

            try (Connection c = owner(db); Statement s = c.createStatement()) {
                assertThat(column(s, "reference")).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "a3", "2026-0001", "a2", "2026-0002", "a1", "2026-0003",
                        "b2", "2025-0001", "b1", "2025-0002", "c1", "2026-0001"));
                // Every file is still there, with its status; the most recently active followed one is the household's.
                assertThat(column(s, "status")).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "a1", "active", "a2", "open", "a3", "active", "b1", "closed", "b2", "active", "c1", "open"));
                assertThat(column(s, "followed_alongside::text")).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "a1", "true", "a2", "false", "a3", "true", "b1", "false", "b2", "false", "c1", "false"));

                // From now on, the database itself refuses a second followed file...
                assertThatThrownBy(() -> file(s, "a4", "BINHOME", HOUSEHOLD_ONCE, "open", "2026-11-21T09:00:00Z",
                        "2026-11-21T09:00:00Z")).isInstanceOf(SQLException.class).hasMessageContaining("case_file_followed_uk");
                // ...and numbers a new file after the existing ones of its organisation and year.
                s.execute("update case_file set status = 'closed' where id = '" + id("b2") + "'");
                file(s, "b3", "BINHOME", HOUSEHOLD_ONCE, "open", "2026-11-21T09:00:00Z", "2026-11-21T09:00:00Z");
                // A file followed alongside another loses the mark once closed: reopened, the rule covers it.
                s.execute("update case_file set status = 'closed' where id = '" + id("a1") + "'");
                assertThat(column(s, "reference")).containsEntry("b3", "2026-0004");
                assertThat(column(s, "followed_alongside::text")).containsEntry("a1", "false").containsEntry("a3", "true");
                assertThatThrownBy(() -> s.execute("update case_file set status = 'open' where id = '" + id("a1") + "'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("case_file_followed_uk");
            }
        }
    }

    private static void migrate(EmbeddedPostgresServer db, String target) {
        var config = Flyway.configure()
                .dataSource(db.jdbcUrl(), EmbeddedPostgresServer.OWNER_USER, EmbeddedPostgresServer.OWNER_PASSWORD)
                .locations("filesystem:src/main/resources/db/migration")
                .placeholders(Map.of("app_role", EmbeddedPostgresServer.APP_USER));
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }

    private static Connection owner(EmbeddedPostgresServer db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), EmbeddedPostgresServer.OWNER_USER,
                EmbeddedPostgresServer.OWNER_PASSWORD);
    }

    private static String id(String name) {
        return "40000000-0000-4000-8000-0000000" + String.format("%05x", Math.abs(name.hashCode()) % 0xfffff);
    }

    private static void file(Statement s, String name, String organisation, String household, String status,
            String openedAt, String lastActivityAt) throws SQLException {
        s.execute("insert into case_file (id, organisation_id, household_id, status, themes, request_source, opened_at, "
                + "last_activity_at, version, created_at, updated_at) values ('" + id(name) + "', '" + organisation
                + "', '" + household + "', '" + status + "', '{energy}', 'tenant', '" + openedAt + "', '"
                + lastActivityAt + "', 0, now(), now())");
    }

    /** name -> value of {@code expression} for the files named in this test. */
    private static Map<String, String> column(Statement s, String expression) throws SQLException {
        Map<String, String> byId = new LinkedHashMap<>();
        try (ResultSet rows = s.executeQuery("select id::text, " + expression + " from case_file")) {
            while (rows.next()) {
                byId.put(rows.getString(1), rows.getString(2));
            }
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (String name : new String[] { "a1", "a2", "a3", "a4", "b1", "b2", "b3", "c1" }) {
            if (byId.containsKey(id(name))) {
                byName.put(name, byId.get(id(name)));
            }
        }
        return byName;
    }
}
