package be.hestia.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, read from the verified access token. */
@RequestScoped
public class CurrentUser {

    static final String ORGANISATION_CLAIM = "organisation";
    static final String PCS_CLAIM = "pcs";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous() && token.getSubject() != null;
    }

    public UUID id() {
        return UUID.fromString(token.getSubject());
    }

    public String username() {
        String username = token.getClaim("preferred_username");
        return username == null ? token.getSubject() : username;
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name == null || name.isBlank() ? username() : name;
    }

    /** The SISP code the token carries; SLRB staff and PCS coordinators have none. */
    public Optional<String> organisationClaim() {
        String organisation = token.getClaim(ORGANISATION_CLAIM);
        return organisation == null || organisation.isBlank() ? Optional.empty() : Optional.of(organisation);
    }

    /** The PCS a PCS coordinator's token is tied to; everyone else has none. */
    public Optional<String> pcsClaim() {
        String pcs = token.getClaim(PCS_CLAIM);
        return pcs == null || pcs.isBlank() ? Optional.empty() : Optional.of(pcs);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
