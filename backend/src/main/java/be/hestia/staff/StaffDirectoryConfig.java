package be.hestia.staff;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where Hestia reads its staff directory: Keycloak's admin API, with the service account of a confidential client
 * whose only right is {@code realm-management/view-users}. The secret comes from the environment.
 */
@ConfigMapping(prefix = "hestia.staff-directory")
public interface StaffDirectoryConfig {

    /** The realm's URL, {@code https://host/realms/NAME}: by default the one tokens come from. */
    String realmUrl();

    @WithDefault("hestia-staff-directory")
    String clientId();

    /** Unset: the directory is not configured and every sync fails cleanly (503 on demand). */
    Optional<String> clientSecret();

    /** How often the scheduled sync runs (Quarkus {@code every}: {@code 1h}, {@code 15m}, {@code off}). */
    String every();

    /** Keycloak's base URL (before {@code /realms/}). */
    default String serverUrl() {
        String url = realmUrl();
        int at = url.indexOf("/realms/");
        return at < 0 ? url : url.substring(0, at);
    }

    /** The realm's name (after {@code /realms/}). */
    default String realm() {
        String url = realmUrl();
        int at = url.indexOf("/realms/");
        String name = at < 0 ? "hestia" : url.substring(at + "/realms/".length());
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
