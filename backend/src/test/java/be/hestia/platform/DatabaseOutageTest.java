package be.hestia.platform;

import static be.hestia.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.sql.Connection;
import java.util.ArrayList;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.io.FileUtils;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import be.hestia.devstack.EmbeddedPostgresServer;
import be.hestia.devstack.Ports;
import be.hestia.testsupport.Households;
import be.hestia.testsupport.Users;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * PostgreSQL killed (SIGKILL) under a running backend: while it is down every call answers 503 problem+json
 * with Retry-After; once it is back the very next call succeeds, without restarting the backend, and what was
 * acknowledged before the crash is still there. The backend has a database of its own (the shared one
 * serves every other test); Keycloak is the shared test stack's. {@code make chaos} does the same under load.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    // The profile and the test are loaded by different class loaders: share the port JVM-wide.
    static final int DB_PORT = sharedFreePort("hestia.test.outage.db-port");
    /** More pooled connections than calls made during the outage, so that some are still dead after it. */
    private static final int POOLED_CONNECTIONS = 8;

    @Inject
    AgroalDataSource dataSource;

    private static synchronized int sharedFreePort(String property) {
        String port = System.getProperties().computeIfAbsent(property, key -> String.valueOf(Ports.free())).toString();
        return Integer.parseInt(port);
    }

    /** The database comes up after the backend, as in ReadinessWhileDatabaseIsDownTest: MigrationRunner migrates it. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(EmbeddedPostgresServer.quarkusCredentials());
            config.putAll(Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + DB_PORT + "/hestia",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "hestia.migration-retry-seconds", "1"));
            return config;
        }
    }

    @Test
    void answersServiceUnavailableWhilePostgresIsDownAndRecoversByItself() throws Exception {
        Path dir = Files.createTempDirectory("hestia-outage");
        Path data = dir.resolve("data");
        Path log = dir.resolve("postgres.log");
        EmbeddedPostgresServer db = EmbeddedPostgresServer.start(DB_PORT, data, true, log);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(
                    () -> given().get("/q/health/ready").then()
                            .body("checks.find { it.name == 'database-schema' }.status", equalTo("UP")));
            String acknowledged = createHousehold("Avant");
            fillThePool();

            db.crash();

            as(Users.SOCIAL_WORKER_BINHOME).body(household("Pendant")).post("/api/v1/households").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("code", equalTo("service-unavailable"))
                    .body("detail", startsWith("Hestia cannot reach its database"));
            as(Users.SOCIAL_WORKER_BINHOME).get("/api/v1/households/" + acknowledged).then()
                    .statusCode(503)
                    .body("code", equalTo("service-unavailable"));

            // Same data directory: PostgreSQL recovers from its write-ahead log.
            db = EmbeddedPostgresServer.start(DB_PORT, data, true, log);

            // The pool's connections all died with the old server. It checks those idle for over 2 s before
            // lending them (application.properties); a real restart takes longer than that.
            Thread.sleep(2_500);
            // No retry: the pool must not lend a dead connection.
            as(Users.SOCIAL_WORKER_BINHOME).get("/api/v1/households/" + acknowledged).then().statusCode(200);
            createHousehold("Après");
        } finally {
            db.stop();
            FileUtils.deleteDirectory(dir.toFile());
        }
    }

    /** Opens connections side by side and gives them back: the pool keeps them, idle. */
    private void fillThePool() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < POOLED_CONNECTIONS; i++) {
                held.add(dataSource.getConnection());
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    private static String createHousehold(String lastName) {
        return as(Users.SOCIAL_WORKER_BINHOME).body(household(lastName)).post("/api/v1/households")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> household(String lastName) {
        return Map.of("members", List.of(Households.member("Noor", lastName, "reference-tenant")));
    }
}
