package be.hestia.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.SystemConnections;
import be.hestia.testsupport.Tokens;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

/**
 * PostgreSQL keeps organisations apart by itself (migration V12): a query without any organisation filter, run for a
 * user of one organisation, sees that organisation's rows only; a connection of no one sees none; and a table with
 * an organisation_id column cannot be added without its policy.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    DataSource dataSource;

    private static boolean prepared;

    /** Once per class; in a BeforeEach because REST Assured knows the application's port only then. */
    @BeforeEach
    void rowsInTwoOrganisations() {
        if (prepared) {
            return;
        }
        prepared = true;
        Places.siteWithDwelling(Users.ADMIN_BINHOME);
        Places.siteWithDwelling(Users.ADMIN_LLB);
        Households.household(Users.ADMIN_BINHOME, "Policy", "Binhome", null);
        Households.household(Users.ADMIN_LLB, "Policy", "Llb", null);
    }

    @Test
    void everyTableWithAnOrganisationColumnHasARowPolicy() throws SQLException {
        List<String> owned = organisationOwnedTables();
        assertThat(owned).contains("site", "household", "household_member", "case_file", "case_entry",
                "case_file_transition", "attachment", "attachment_content", "access_log", "staff");
        List<List<Object>> unprotected = query("""
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped
                where c.relkind in ('r', 'p')
                  and (not c.relrowsecurity or not exists (select 1 from pg_policy p where p.polrelid = c.oid))""");
        assertThat(unprotected).as("tables with organisation_id but no row-level security").isEmpty();
    }

    @Test
    void aQueryWithoutOrganisationFilterSeesOnlyTheCallersOrganisation() throws SQLException {
        for (String table : organisationOwnedTables()) {
            assertThat(seenBy(Users.SOCIAL_WORKER_BINHOME, table)).as(table).isSubsetOf("BINHOME");
            assertThat(seenBy(Users.ADMIN_LLB, table)).as(table).isSubsetOf("LLB");
            assertThat(seenBy(Users.SLRB_ANALYST, table)).as(table).isSubsetOf("(none)");
        }
        // Not vacuous: both organisations have rows, and each sees its own.
        assertThat(seenBy(Users.SOCIAL_WORKER_BINHOME, "household_member")).containsExactly("BINHOME");
        assertThat(seenBy(Users.ADMIN_LLB, "household_member")).containsExactly("LLB");
        assertThat(seenBy(Users.FIELD_AGENT_BINHOME, "site")).containsExactly("BINHOME");
        assertThat(scalar(() -> SystemConnections.acrossOrganisations(dataSource),
                "select count(distinct organisation_id) from site")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aConnectionOfNoOneSeesNoRows() throws SQLException {
        assertThat(scalar(this::plainConnection, "select count(*) from site")).isZero();
        assertThat(scalar(this::plainConnection, "select count(*) from household_member")).isZero();
    }

    @Test
    void aRowCannotBeWrittenIntoAnotherOrganisation() throws SQLException {
        try (Connection binhome = SystemScope.inOrganisation("BINHOME", "test", this::plainConnection);
                PreparedStatement insert = binhome.prepareStatement("""
                        insert into site (id, organisation_id, name, version, created_at, updated_at)
                        values (gen_random_uuid(), 'LLB', ?, 0, now(), now())""")) {
            insert.setString(1, Places.uniqueName("Intruder"));
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        try (Connection binhome = SystemScope.inOrganisation("BINHOME", "test", this::plainConnection);
                PreparedStatement update = binhome.prepareStatement(
                        "update site set description = 'changed' where organisation_id = 'LLB'")) {
            assertThat(update.executeUpdate()).isZero();
        }
    }

    @Test
    void aChildRowTakesItsParentsOrganisation() throws SQLException {
        assertThat(query("""
                select m.id from household_member m join household h on h.id = m.household_id
                where m.organisation_id <> h.organisation_id""")).isEmpty();
    }

    private static List<String> seenBy(String user, String table) {
        return given().auth().oauth2(Tokens.accessToken(user)).get("/test-only/organisations-seen/" + table)
                .then().statusCode(200).extract().jsonPath().getList("$", String.class);
    }

    private List<String> organisationOwnedTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        for (List<Object> row : query("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'organisation_id' order by 1""")) {
            tables.add((String) row.get(0));
        }
        return tables;
    }

    private Connection plainConnection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long scalar(Supplier<Connection> connections, String sql) throws SQLException {
        try (Connection connection = connections.get(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<List<Object>> query(String sql) throws SQLException {
        List<List<Object>> result = new ArrayList<>();
        try (Connection connection = SystemConnections.acrossOrganisations(dataSource);
                PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getObject(i));
                }
                result.add(row);
            }
        }
        return result;
    }
}
