package be.hestia.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The development and test realm, composed from the files of {@code keycloak/} so that it cannot drift from
 * the production realm:
 * <ol>
 *   <li>{@value #PRODUCTION}: the realm docker-compose and a deployment import (hardened: OTP for the roles that
 *       read case content, brute-force detection, password policy, no password grant);</li>
 *   <li>{@value #OVERLAY}: what development relaxes or adds: the password-grant client {@code hestia-dev} for
 *       tests and scripts, the SPA's dev-server addresses, the SLRB client's known secret, Keycloak's standard
 *       browser flow (no OTP), no brute-force lock-out, no password policy. Keys starting with {@code _} are
 *       comments. Top-level keys replace the production value ({@code null} removes it); {@code clients} are
 *       merged by {@code clientId}, field by field, and added when absent;</li>
 *   <li>{@value #USERS}: the demo users ({@code users} appended), password {@code demo}.</li>
 * </ol>
 */
public final class DevRealm {

    public static final String PRODUCTION = "hestia-realm.json";
    public static final String OVERLAY = "dev-overlay.json";
    public static final String USERS = "demo-users.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DevRealm() {
    }

    /** The composed realm, as Keycloak imports it. */
    public static ObjectNode compose(Path keycloakDir) {
        ObjectNode realm = read(keycloakDir.resolve(PRODUCTION));
        applyOverlay(realm, read(keycloakDir.resolve(OVERLAY)));
        ArrayNode users = realm.withArray("users");
        read(keycloakDir.resolve(USERS)).withArray("users").forEach(users::add);
        return realm;
    }

    /** Writes {@link #compose(Path)} to {@code target} (a temporary file next to it first, then renamed). */
    public static Path writeTo(Path keycloakDir, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".dev-realm-", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), compose(keycloakDir));
            return Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the development realm to " + target, e);
        }
    }

    static void applyOverlay(ObjectNode realm, ObjectNode overlay) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("_")) {
                continue;
            }
            if (key.equals("clients")) {
                value.forEach(client -> mergeClient(realm.withArray("clients"), (ObjectNode) client));
            } else if (value.isNull()) {
                realm.remove(key);
            } else {
                realm.set(key, value);
            }
        }
    }

    private static void mergeClient(ArrayNode clients, ObjectNode overlay) {
        String clientId = overlay.path("clientId").asText();
        for (JsonNode client : clients) {
            if (client.path("clientId").asText().equals(clientId)) {
                ((ObjectNode) client).setAll(overlay);
                return;
            }
        }
        clients.add(overlay);
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.toAbsolutePath(), e);
        }
    }
}
