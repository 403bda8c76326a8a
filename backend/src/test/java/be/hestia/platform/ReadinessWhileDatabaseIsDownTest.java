package be.hestia.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import be.hestia.devstack.EmbeddedPostgresServer;
import be.hestia.devstack.Ports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A backend started while PostgreSQL and Keycloak are down starts anyway, reports not-ready, and
 * becomes ready by itself once the database is back.
 */
@QuarkusTest
@TestProfile(ReadinessWhileDatabaseIsDownTest.NothingUp.class)
class ReadinessWhileDatabaseIsDownTest {

    // The profile and the test are loaded by different class loaders: share the ports JVM-wide.
    static final int DB_PORT = sharedFreePort("hestia.test.readiness.db-port");
    static final int KEYCLOAK_PORT = sharedFreePort("hestia.test.readiness.keycloak-port");

    private static synchronized int sharedFreePort(String property) {
        String port = System.getProperties().computeIfAbsent(property, key -> String.valueOf(Ports.free())).toString();
        return Integer.parseInt(port);
    }

    public static class NothingUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(EmbeddedPostgresServer.quarkusCredentials());
            config.putAll(Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + DB_PORT + "/hestia",
                    "quarkus.oidc.auth-server-url", "http://localhost:" + KEYCLOAK_PORT + "/realms/hestia",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "hestia.migration-retry-seconds", "1"));
            return config;
        }
    }

    @Test
    void reportsNotReadyWhileTheDatabaseIsDownAndRecoversWhenItReturns() throws Exception {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'database-schema' }.status", equalTo("DOWN"));

        Path dir = Files.createTempDirectory("hestia-readiness");
        try (EmbeddedPostgresServer db = EmbeddedPostgresServer.start(DB_PORT, dir.resolve("data"), false,
                dir.resolve("postgres.log"))) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(
                    () -> given().get("/q/health/ready").then()
                            .body("checks.find { it.name == 'database-schema' }.status", equalTo("UP")));
            // Keycloak is still down: the service says so rather than pretending to be ready.
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.findAll { it.status == 'DOWN' }.name", hasItem(org.hamcrest.Matchers.containsString("OIDC")));
        }
    }
}
