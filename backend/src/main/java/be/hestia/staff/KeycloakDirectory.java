package be.hestia.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak's users, read through the official admin client with Hestia's service account (client credentials).
 * Reads only: Keycloak stays the place where people are created, disabled and given roles.
 */
@ApplicationScoped
public class KeycloakDirectory {

    /** A person as Keycloak lists them, with their effective Hestia realm roles. */
    public record DirectoryUser(UUID id, String username, String displayName, boolean enabled, List<String> roles) {
    }

    /** Keycloak did not answer, refused the service account, or is not configured. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class);
    private static final int PAGE = 100;

    private final StaffDirectoryConfig config;
    private volatile Keycloak client;

    public KeycloakDirectory(StaffDirectoryConfig config) {
        this.config = config;
    }

    /** Every user (enabled or not) whose {@code organisation} attribute is {@code organisationId}. */
    public List<DirectoryUser> usersOf(String organisationId) {
        try {
            RealmResource realm = client().realm(config.realm());
            List<DirectoryUser> users = new ArrayList<>();
            for (int first = 0; ; first += PAGE) {
                List<UserRepresentation> page = realm.users()
                        .searchByAttributes(first, PAGE, null, false, "organisation:" + organisationId);
                for (UserRepresentation user : page) {
                    List<String> roles = realm.users().get(user.getId()).roles().realmLevel().listEffective().stream()
                            .map(RoleRepresentation::getName).toList();
                    users.add(new DirectoryUser(UUID.fromString(user.getId()), user.getUsername(), displayName(user),
                            Boolean.TRUE.equals(user.isEnabled()), StaffService.hestiaRoles(roles)));
                }
                if (page.size() < PAGE) {
                    return users;
                }
            }
        } catch (Unavailable e) {
            throw e;
        } catch (RuntimeException e) {
            // Connection refused, a time-out, a refused secret, a 5xx: the directory cannot be read now.
            LOG.warnf("Staff directory: Keycloak could not be read (%s)", e.toString());
            throw new Unavailable("Keycloak could not be read", e);
        }
    }

    /** As the token's {@code name} claim puts it (Keycloak's full-name mapper), so that sign-in changes nothing. */
    static String displayName(UserRepresentation user) {
        String name = String.join(" ", nonBlank(user.getFirstName()), nonBlank(user.getLastName())).strip();
        return name.isEmpty() ? user.getUsername() : name;
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.strip();
    }

    private Keycloak client() {
        Keycloak current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    String secret = config.clientSecret().filter(s -> !s.isBlank())
                            .orElseThrow(() -> new Unavailable("No secret for " + config.clientId()
                                    + " (HESTIA_STAFF_DIRECTORY_SECRET)", null));
                    client = KeycloakBuilder.builder().serverUrl(config.serverUrl()).realm(config.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(config.clientId())
                            .clientSecret(secret).build();
                }
                current = client;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
