package be.hestia.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import be.hestia.devstack.EmbeddedPostgresServer;
import be.hestia.devstack.Ports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The backend of a deployment ({@code hestia.migration.mode=external}) connects as the application's role only,
 * never migrates, and reports not-ready until the one-shot step has migrated the schema.
 */
@QuarkusTest
@TestProfile(ExternalMigrationTest.External.class)
class ExternalMigrationTest {

    // The profile and the test are loaded by different class loaders: share the port JVM-wide.
    static final int DB_PORT = Integer.parseInt(System.getProperties()
            .computeIfAbsent("hestia.test.external-migration.db-port", key -> String.valueOf(Ports.free())).toString());

    public static class External implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "hestia.migration.mode", "external",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + DB_PORT + "/hestia",
                    "quarkus.datasource.username", EmbeddedPostgresServer.APP_USER,
                    "quarkus.datasource.password", EmbeddedPostgresServer.APP_PASSWORD,
                    // As in compose: no owner credentials at all (an empty value removes TestStack's).
                    "quarkus.flyway.username", "",
                    "quarkus.flyway.password", "",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "quarkus.oidc.auth-server-url", "http://localhost:" + Ports.free() + "/realms/hestia",
                    "hestia.migration-retry-seconds", "1");
        }
    }

    @Test
    void waitsForTheSchemaWithoutMigratingItAndBecomesReadyOnceItIsThere() throws Exception {
        Path dir = Files.createTempDirectory("hestia-external-migration");
        try (EmbeddedPostgresServer db = EmbeddedPostgresServer.start(DB_PORT, dir.resolve("data"), false,
                dir.resolve("postgres.log"))) {
            // Several retries later, still an empty database and a backend that says it is not ready.
            Thread.sleep(4000);
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'database-schema' }.status", equalTo("DOWN"));
            assertThat(tableExists(db, "flyway_schema_history")).isFalse();
            assertThat(tableExists(db, "household")).isFalse();

            // The one-shot step's work, as the schema owner.
            Flyway.configure()
                    .dataSource(db.jdbcUrl(), EmbeddedPostgresServer.OWNER_USER, EmbeddedPostgresServer.OWNER_PASSWORD)
                    .locations("filesystem:src/main/resources/db/migration")
                    .placeholders(Map.of("app_role", EmbeddedPostgresServer.APP_USER))
                    .load().migrate();

            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(
                    () -> given().get("/q/health/ready").then()
                            .body("checks.find { it.name == 'database-schema' }.status", equalTo("UP")));
        }
    }

    private static boolean tableExists(EmbeddedPostgresServer db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedPostgresServer.OWNER_USER,
                EmbeddedPostgresServer.OWNER_PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("select to_regclass('public." + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
