package be.hestia.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import be.hestia.devstack.DevRealm;
import be.hestia.devstack.KeycloakServer;
import be.hestia.devstack.Ports;
import be.hestia.testsupport.Api;
import be.hestia.testsupport.Tokens;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Keycloak down: tokens it issued before keep working, since the backend checks their signature with the
 * realm keys it has already fetched; no new token can be had. The backend trusts a Keycloak of its own,
 * which the test stops: stopping the shared one would break every other test (a restarted Keycloak imports
 * the realm afresh, with new keys). {@code make chaos} does the same under load.
 */
@QuarkusTest
@TestProfile(KeycloakOutageTest.OwnKeycloak.class)
class KeycloakOutageTest {

    // The profile and the test are loaded by different class loaders: share the port JVM-wide.
    static final int KEYCLOAK_PORT = sharedFreePort("hestia.test.keycloak-outage.port");

    private static synchronized int sharedFreePort(String property) {
        String port = System.getProperties().computeIfAbsent(property, key -> String.valueOf(Ports.free())).toString();
        return Integer.parseInt(port);
    }

    /** Keycloak comes up after the backend, which discovers it at the first request (see application.properties). */
    public static class OwnKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url",
                    "http://localhost:" + KEYCLOAK_PORT + "/realms/" + KeycloakServer.REALM);
        }
    }

    @Test
    void tokensIssuedBeforeKeycloakStopsKeepWorking() throws Exception {
        Path tools = Path.of(System.getProperty("hestia.tools.dir", "../.hestia/tools")).toAbsolutePath().normalize();
        Path keycloakDir = Path.of(System.getProperty("hestia.keycloak.dir", "../keycloak")).toAbsolutePath().normalize();
        Path realm = DevRealm.writeTo(keycloakDir, Path.of("target/keycloak-outage-realm.json").toAbsolutePath());
        KeycloakServer keycloak = KeycloakServer.start(KeycloakServer.home(tools), KEYCLOAK_PORT, 0, realm,
                Path.of("target/keycloak-outage-test.log").toAbsolutePath(), Duration.ofSeconds(240));
        String issuedBefore;
        String adminBefore;
        String directoryBefore;
        try {
            issuedBefore = passwordGrant(keycloak.realmUrl(), Users.SOCIAL_WORKER_BINHOME);
            // The first call has the backend discover the realm and fetch its keys.
            me(issuedBefore).then().statusCode(200).body("username", equalTo(Users.SOCIAL_WORKER_BINHOME));
            adminBefore = passwordGrant(keycloak.realmUrl(), Users.ADMIN_BINHOME);
            given().filter(Api.contractFilter()).auth().oauth2(adminBefore).post("/api/v1/staff/sync")
                    .then().statusCode(200);
            directoryBefore = staff(adminBefore);
        } finally {
            keycloak.stop();
        }

        // The staff directory cannot be synced: a clear 503, and the directory stays as it was.
        given().filter(Api.contractFilter()).auth().oauth2(adminBefore).post("/api/v1/staff/sync")
                .then().statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("directory-unavailable"));
        org.assertj.core.api.Assertions.assertThat(staff(adminBefore)).isEqualTo(directoryBefore);

        me(issuedBefore).then().statusCode(200).body("username", equalTo(Users.SOCIAL_WORKER_BINHOME));
        given().filter(Api.contractFilter()).auth().oauth2(issuedBefore).get("/api/v1/households?q=zzz")
                .then().statusCode(200);
        assertThatThrownBy(() -> passwordGrant(keycloak.realmUrl(), Users.SOCIAL_WORKER_BINHOME))
                .isInstanceOf(IOException.class);
        // A token Keycloak never signed is still refused as such, not answered with a server error.
        Api.withForgedToken().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("unauthenticated"));
    }

    private static String staff(String token) {
        return given().filter(Api.contractFilter()).auth().oauth2(token).queryParam("size", 100)
                .queryParam("includeInactive", true).get("/api/v1/staff").then().statusCode(200).extract().asString();
    }

    private static io.restassured.response.Response me(String token) {
        return given().filter(Api.contractFilter()).auth().oauth2(token).get("/api/v1/me");
    }

    /** Straight to the given realm: {@link Tokens} asks the shared test Keycloak. */
    private static String passwordGrant(String realmUrl, String username) throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", Tokens.DEV_CLIENT, "username", username,
                "password", Tokens.DEMO_PASSWORD, "scope", "openid").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }
}
