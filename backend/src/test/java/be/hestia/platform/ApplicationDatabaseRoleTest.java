package be.hestia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The application connects as a role of its own, which can use every table the migrations create (so that a later
 * migration whose table the role cannot reach fails here, not in production) and owns nothing.
 */
@QuarkusTest
class ApplicationDatabaseRoleTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.username")
    String application;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.table", defaultValue = "flyway_schema_history")
    String migrationHistory;

    @Test
    void theApplicationRoleIsNeitherTheOwnerNorPrivileged() throws SQLException {
        List<List<Object>> role = query("""
                select current_user, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
                       pg_has_role(current_user, ?, 'MEMBER')
                from pg_roles where rolname = current_user""", owner);
        assertThat(application).isNotEqualTo(owner);
        assertThat(role).hasSize(1);
        assertThat(role.get(0)).containsExactly(application, false, false, false, false, false);
    }

    @Test
    void theApplicationRoleOwnsNothing() throws SQLException {
        assertThat(query("""
                select classid::regclass::text, objid from pg_shdepend
                where refobjid = current_user::regrole and deptype = 'o'""")).isEmpty();
        assertThat(query("select nspname from pg_namespace where nspowner = current_user::regrole")).isEmpty();
    }

    @Test
    void everyTableIsReadAndWrittenByTheApplicationExceptTheAppendOnlyLog() throws SQLException {
        Map<String, Object> rowRights = new LinkedHashMap<>();
        // A view is read only: it is there to be searched (see household_member_in_scope in V12).
        for (List<Object> table : query("""
                select c.relname, has_table_privilege(c.oid, 'SELECT') and (c.relkind = 'v') <> (
                       has_table_privilege(c.oid, 'INSERT') and has_table_privilege(c.oid, 'UPDATE')
                       and has_table_privilege(c.oid, 'DELETE'))
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm') and c.relname <> ?
                order by c.relname""", migrationHistory)) {
            rowRights.put((String) table.get(0), table.get(1));
        }
        assertThat(rowRights).containsKeys("site", "household", "case_file", "access_log");
        rowRights.remove("access_log"); // append-only, below
        assertThat(rowRights).allSatisfy((table, granted) -> assertThat(granted).as(table).isEqualTo(true));

        assertThat(query("""
                select has_table_privilege('access_log', 'SELECT'), has_table_privilege('access_log', 'INSERT'),
                       has_table_privilege('access_log', 'UPDATE'), has_table_privilege('access_log', 'DELETE'),
                       has_table_privilege('access_log', 'TRUNCATE'), has_table_privilege('access_log', 'TRIGGER'),
                       has_table_privilege('access_log', 'REFERENCES')""").get(0))
                .containsExactly(true, true, false, false, false, false, false);
        // With a list, has_table_privilege answers whether any of them is held.
        assertThat(query("select has_table_privilege(?, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE')",
                migrationHistory).get(0)).containsExactly(false);
    }

    @Test
    void everySequenceAndFunctionOfTheSchemaIsUsableByTheApplication() throws SQLException {
        assertThat(query("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema()
                  and not case when c.relkind = 'S' then has_sequence_privilege(c.oid, 'USAGE') else true end
                """)).isEmpty();
        assertThat(query("""
                select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = current_schema() and p.proowner = (select oid from pg_roles where rolname = ?)
                  and not has_function_privilege(p.oid, 'EXECUTE')""", owner)).isEmpty();
        assertThat(query("select count(*) from pg_proc where proowner = (select oid from pg_roles where rolname = ?)",
                owner).get(0).get(0)).isNotEqualTo(0L);
    }

    private List<List<Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
