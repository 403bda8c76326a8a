package be.hestia.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import be.hestia.devstack.DevRealm;
import be.hestia.devstack.KeycloakServer;
import be.hestia.devstack.Logging;

/**
 * The realm docker-compose and a deployment import ({@code keycloak/hestia-realm.json}) is the hardened one:
 * first as written, then as a real Keycloak applies it, with the demo users compose adds
 * ({@code keycloak/demo-users.json}).
 */
class ProductionRealmTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path KEYCLOAK_DIR = Path.of(System.getProperty("hestia.keycloak.dir", "../keycloak"))
            .toAbsolutePath().normalize();
    /** The roles that read case content or the access log. */
    static final Set<String> SECOND_FACTOR_ROLES = Set.of("social-worker", "service-manager", "dpo");

    static ObjectNode read(String file) {
        try {
            return (ObjectNode) JSON.readTree(KEYCLOAK_DIR.resolve(file).toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Nested
    class AsWritten {

        final ObjectNode realm = read(DevRealm.PRODUCTION);

        @Test
        void noClientAllowsThePasswordGrant() {
            assertThat(list(realm.path("clients")))
                    .isNotEmpty()
                    .allSatisfy(client -> assertThat(client.path("directAccessGrantsEnabled").asBoolean(false))
                            .as(client.path("clientId").asText()).isFalse())
                    .noneMatch(client -> client.path("clientId").asText().equals("hestia-dev"));
        }

        @Test
        void holdsNoDemoUserNorKnownSecret() {
            assertThat(list(realm.path("users")))
                    .allSatisfy(user -> {
                        assertThat(user.has("serviceAccountClientId")).as(user.path("username").asText()).isTrue();
                        assertThat(user.has("credentials")).isFalse();
                    });
            assertThat(list(realm.path("clients"))).noneMatch(client -> client.has("secret"));
        }

        @Test
        void locksOutPasswordGuessersAndAsksForStrongPasswords() {
            assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
            assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
            String policy = realm.path("passwordPolicy").asText();
            Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(policy);
            assertThat(length.find()).as(policy).isTrue();
            assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
            assertThat(policy).contains("notUsername").containsPattern("passwordHistory\\(\\d+\\)");
        }

        @Test
        void rotatesRefreshTokensAndEndsSessions() {
            assertThat(realm.path("revokeRefreshToken").asBoolean()).isTrue();
            assertThat(realm.path("refreshTokenMaxReuse").asInt(-1)).isZero();
            assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isBetween(60, 3600);
            assertThat(realm.path("ssoSessionMaxLifespan").asInt()).isBetween(3600, 12 * 3600);
        }

        @Test
        void asksTheRolesThatReadCaseContentForAOneTimeCode() {
            // The browser flow: cookie, or forms = password then a conditional sub-flow (role held -> OTP form).
            JsonNode forms = subFlowOf(flow(realm.path("browserFlow").asText()));
            List<JsonNode> formSteps = list(forms.path("authenticationExecutions"));
            assertThat(formSteps).anySatisfy(step -> {
                assertThat(step.path("authenticator").asText()).isEqualTo("auth-username-password-form");
                assertThat(step.path("requirement").asText()).isEqualTo("REQUIRED");
            });
            JsonNode secondFactor = formSteps.stream()
                    .filter(step -> step.path("requirement").asText().equals("CONDITIONAL"))
                    .map(step -> flow(step.path("flowAlias").asText()))
                    .findFirst().orElseThrow();
            List<JsonNode> steps = list(secondFactor.path("authenticationExecutions"));
            JsonNode condition = steps.stream()
                    .filter(step -> step.path("authenticator").asText().equals("conditional-user-role"))
                    .findFirst().orElseThrow();
            assertThat(steps).anySatisfy(step -> {
                assertThat(step.path("authenticator").asText()).isEqualTo("auth-otp-form");
                assertThat(step.path("requirement").asText()).isEqualTo("REQUIRED");
            });
            JsonNode config = list(realm.path("authenticatorConfig")).stream()
                    .filter(c -> c.path("alias").asText().equals(condition.path("authenticatorConfig").asText()))
                    .findFirst().orElseThrow().path("config");
            assertThat(config.path("negate").asBoolean(false)).isFalse();
            String conditionRole = config.path("condUserRole").asText();

            // Exactly the roles that read case content or the access log hold the condition's role.
            Set<String> holders = new HashSet<>();
            for (JsonNode role : realm.path("roles").path("realm")) {
                for (JsonNode composite : role.path("composites").path("realm")) {
                    if (composite.asText().equals(conditionRole)) {
                        holders.add(role.path("name").asText());
                    }
                }
            }
            assertThat(holders).isEqualTo(SECOND_FACTOR_ROLES);
        }

        private JsonNode flow(String alias) {
            return list(realm.path("authenticationFlows")).stream()
                    .filter(flow -> flow.path("alias").asText().equals(alias))
                    .findFirst().orElseThrow(() -> new AssertionError("no flow " + alias));
        }

        private JsonNode subFlowOf(JsonNode browser) {
            List<JsonNode> steps = list(browser.path("authenticationExecutions"));
            assertThat(steps).anySatisfy(step -> assertThat(step.path("authenticator").asText()).isEqualTo("auth-cookie"));
            return flow(steps.stream().filter(step -> step.path("authenticatorFlow").asBoolean())
                    .findFirst().orElseThrow().path("flowAlias").asText());
        }
    }

    /**
     * A real Keycloak with the production realm and the demo users, created through the admin API (a
     * Keycloak of its own: the import folder of the shared distribution holds the development realm).
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AsKeycloakAppliesIt {

        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        KeycloakServer keycloak;

        @BeforeAll
        void start() throws Exception {
            Logging.init();
            Path tools = Path.of(System.getProperty("hestia.tools.dir", "../.hestia/tools")).toAbsolutePath().normalize();
            Path log = Path.of("target/keycloak-production-realm.log").toAbsolutePath();
            keycloak = KeycloakServer.launch(KeycloakServer.home(tools), 0, 0, null, log);
            try {
                keycloak.awaitMasterReady(Duration.ofSeconds(240));
                String admin = "Bearer " + token(keycloak.baseUrl() + "/realms/master", Map.of("grant_type", "password",
                        "client_id", "admin-cli", "username", KeycloakServer.ADMIN_USER,
                        "password", KeycloakServer.ADMIN_PASSWORD)).path("access_token").asText();
                post(keycloak.baseUrl() + "/admin/realms", admin, read(DevRealm.PRODUCTION), 201);
                ObjectNode users = JSON.createObjectNode();
                users.set("users", read(DevRealm.USERS).path("users"));
                users.put("ifResourceExists", "FAIL");
                post(keycloak.baseUrl() + "/admin/realms/hestia/partialImport", admin, users, 200);
            } catch (Exception | AssertionError e) {
                keycloak.stop();
                throw e;
            }
        }

        @AfterAll
        void stop() {
            if (keycloak != null) {
                keycloak.stop();
            }
        }

        @Test
        void refusesThePasswordGrantOnEveryClient() throws Exception {
            for (String client : List.of("hestia-spa", "hestia-slrb", "hestia-dev")) {
                HttpResponse<String> response = postForm(keycloak.realmUrl() + "/protocol/openid-connect/token",
                        Map.of("grant_type", "password", "client_id", client, "username", "renov-binhome",
                                "password", "demo"));
                assertThat(response.statusCode()).as(client + ": " + response.body()).isIn(400, 401);
                assertThat(JSON.readTree(response.body()).path("access_token").isMissingNode()).isTrue();
            }
        }

        @Test
        void makesSocialWorkersManagersAndDpoSetUpAOneTimeCodeAtFirstSignIn() throws Exception {
            for (String user : List.of("sw-binhome", "manager-llb", "dpo-binhome")) {
                assertThat(location(new BrowserSignIn().signIn(user, "demo")))
                        .as(user).contains("required-action").contains("CONFIGURE_TOTP");
            }
        }

        @Test
        void signsInOtherRolesWithTheirPasswordAloneAndRotatesTheirRefreshToken() throws Exception {
            BrowserSignIn browser = new BrowserSignIn();
            String location = location(browser.signIn("renov-binhome", "demo"));
            assertThat(location).startsWith("http://localhost:3000/").contains("code=");
            JsonNode tokens = browser.exchange(queryParameter(location, "code"));
            String first = tokens.path("refresh_token").asText();
            assertThat(first).isNotEmpty();

            HttpResponse<String> refreshed = refresh(first);
            assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
            HttpResponse<String> reused = refresh(first);
            assertThat(reused.statusCode()).as("a refresh token used twice").isEqualTo(400);
            assertThat(JSON.readTree(reused.body()).path("error").asText()).isEqualTo("invalid_grant");
        }

        @Test
        void locksAnAccountAfterRepeatedWrongPasswords() throws Exception {
            for (int i = 0; i < 5; i++) {
                assertThat(new BrowserSignIn().signIn("collective-llb", "wrong-password-" + i).statusCode()).isEqualTo(200);
            }
            // The right password no longer signs in (the form comes back instead of the redirect with a code).
            HttpResponse<String> right = new BrowserSignIn().signIn("collective-llb", "demo");
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.headers().firstValue("Location")).isEmpty();
        }

        private HttpResponse<String> refresh(String refreshToken) throws Exception {
            return postForm(keycloak.realmUrl() + "/protocol/openid-connect/token", Map.of(
                    "grant_type", "refresh_token", "client_id", "hestia-spa", "refresh_token", refreshToken));
        }

        /**
         * The authorization code flow with PKCE, as the SPA runs it, without a browser. Keycloak's cookies are
         * Secure, which HttpClient's cookie handler withholds from http://localhost: they are carried by hand.
         */
        final class BrowserSignIn {
            final Map<String, String> cookies = new LinkedHashMap<>();
            final String verifier = "hestia-test-verifier-" + "x".repeat(40);

            HttpResponse<String> signIn(String username, String password) throws Exception {
                String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
                HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(keycloak.realmUrl()
                        + "/protocol/openid-connect/auth?" + form(Map.of("client_id", "hestia-spa",
                                "redirect_uri", "http://localhost:3000/", "response_type", "code", "scope", "openid",
                                "code_challenge", challenge, "code_challenge_method", "S256")))).GET());
                Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
                assertThat(action.find()).as("the sign-in form").isTrue();
                return send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password)))));
            }

            JsonNode exchange(String code) throws Exception {
                HttpResponse<String> response = postForm(keycloak.realmUrl() + "/protocol/openid-connect/token", Map.of(
                        "grant_type", "authorization_code", "client_id", "hestia-spa", "code", code,
                        "redirect_uri", "http://localhost:3000/", "code_verifier", verifier));
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                return JSON.readTree(response.body());
            }

            private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
                if (!cookies.isEmpty()) {
                    request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (String setCookie : response.headers().allValues("Set-Cookie")) {
                    String pair = setCookie.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                return response;
            }
        }

        private JsonNode token(String realmUrl, Map<String, String> form) throws Exception {
            HttpResponse<String> response = postForm(realmUrl + "/protocol/openid-connect/token", form);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        private HttpResponse<String> postForm(String url, Map<String, String> fields) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        }

        private void post(String url, String authorization, JsonNode body, int expected) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(expected);
        }
    }

    static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    static String queryParameter(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    static {
        // Read once: fail early, with a clear message, when run from elsewhere than backend/.
        if (!Files.isDirectory(KEYCLOAK_DIR)) {
            throw new IllegalStateException("No keycloak/ directory at " + KEYCLOAK_DIR);
        }
    }
}
