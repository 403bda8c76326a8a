package be.hestia.testsupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import be.hestia.devstack.KeycloakServer;

/**
 * People created, disabled and removed in the test Keycloak, as an organisation's Keycloak administrator would (master
 * realm's admin): for the staff directory's tests. Each test makes its own people, so that no demo user changes.
 */
public final class KeycloakUsers {

    private KeycloakUsers() {
    }

    /** Creates an enabled user of {@code organisation} with {@code role} and the demo password; returns its id. */
    public static String create(String username, String firstName, String lastName, String organisation,
            String role) {
        try (Keycloak admin = admin()) {
            RealmResource realm = admin.realm(KeycloakServer.REALM);
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(username + "@test.example");
            user.setEmailVerified(true);
            user.setAttributes(Map.of("organisation", List.of(organisation)));
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(Tokens.DEMO_PASSWORD);
            password.setTemporary(false);
            user.setCredentials(List.of(password));
            String id;
            try (Response response = realm.users().create(user)) {
                id = CreatedResponseUtil.getCreatedId(response);
            }
            realm.users().get(id).roles().realmLevel().add(List.of(realm.roles().get(role).toRepresentation()));
            return id;
        }
    }

    public static void disable(String id) {
        try (Keycloak admin = admin()) {
            var user = admin.realm(KeycloakServer.REALM).users().get(id);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(false);
            user.update(representation);
        }
    }

    public static void remove(String id) {
        try (Keycloak admin = admin()) {
            try (Response response = admin.realm(KeycloakServer.REALM).users().delete(id)) {
                if (response.getStatus() != 204) {
                    throw new IllegalStateException("Could not remove " + id + ": HTTP " + response.getStatus());
                }
            }
        }
    }

    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Keycloak admin() {
        return KeycloakBuilder.builder().serverUrl(TestStack.keycloakBaseUrl()).realm("master")
                .grantType(OAuth2Constants.PASSWORD).clientId("admin-cli")
                .username(KeycloakServer.ADMIN_USER).password(KeycloakServer.ADMIN_PASSWORD).build();
    }
}
