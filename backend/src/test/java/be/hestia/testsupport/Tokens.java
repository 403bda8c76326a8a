package be.hestia.testsupport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the test Keycloak ({@link TestStack}).
 *
 * <ul>
 *   <li>{@link #accessToken(String)}: password grant on the public client {@code hestia-dev} with the demo
 *       password ({@code demo}), e.g. {@code Tokens.accessToken("sw-binhome")};</li>
 *   <li>{@link #serviceAccountToken()}: client credentials of {@code hestia-slrb} (realm role
 *       {@code slrb-integration}).</li>
 * </ul>
 * Tokens are cached for two minutes (they live five).
 *
 * <p>Keycloak is found through {@link TestStack#keycloakBaseUrl()}; set the system property
 * {@code hestia.teststack.keycloak-url} to use another one (e.g. {@code http://localhost:8180}).
 */
public final class Tokens {

    public static final String DEV_CLIENT = "hestia-dev";
    public static final String DEMO_PASSWORD = "demo";
    public static final String SLRB_CLIENT = "hestia-slrb";
    public static final String SLRB_SECRET = "slrb-dev-secret";

    private static final Duration CACHE_FOR = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** An access token of a demo user (password {@code demo}). */
    public static String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    public static String accessToken(String username, String password) {
        return cached("user:" + username, () -> requestToken(Map.of(
                "grant_type", "password",
                "client_id", DEV_CLIENT,
                "username", username,
                "password", password,
                "scope", "openid")));
    }

    /** An access token of the SLRB integration client (client credentials). */
    public static String serviceAccountToken() {
        return cached("client:" + SLRB_CLIENT, () -> requestToken(Map.of(
                "grant_type", "client_credentials",
                "client_id", SLRB_CLIENT,
                "client_secret", SLRB_SECRET)));
    }

    /** {@code "Bearer " + accessToken(username)}, for an {@code Authorization} header. */
    public static String bearer(String username) {
        return "Bearer " + accessToken(username);
    }

    /** Forgets every cached token. */
    public static void clearCache() {
        CACHE.clear();
    }

    /** The decoded payload of a JWT (no signature check), for assertions and debugging. */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        try {
            return JSON.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException("Unreadable JWT payload", e);
        }
    }

    /** The token endpoint of the realm. */
    public static String tokenEndpoint() {
        return TestStack.realmUrl() + "/protocol/openid-connect/token";
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        String fullKey = TestStack.keycloakBaseUrl() + "|" + key;
        Cached hit = CACHE.get(fullKey);
        if (hit != null && Instant.now().isBefore(hit.until())) {
            return hit.token();
        }
        String token = fetch.get();
        CACHE.put(fullKey, new Cached(token, Instant.now().plus(CACHE_FOR)));
        return token;
    }

    private static String requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request (" + form.get("grant_type") + ", "
                        + form.getOrDefault("username", form.get("client_id")) + ") failed: HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Token request to " + tokenEndpoint() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Cached(String token, Instant until) {
    }
}
