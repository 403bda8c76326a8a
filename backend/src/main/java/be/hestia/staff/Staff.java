package be.hestia.staff;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A staff member as last seen in their token or in Keycloak's directory. The id is Keycloak's user id, which is the
 * token's subject.
 */
@Entity
@Table(name = "staff")
public class Staff {

    @Id
    public UUID id;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] roles;

    @Column(name = "first_seen_at", nullable = false)
    public OffsetDateTime firstSeenAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** False once the person is disabled or removed in Keycloak: kept, since records name them. */
    @Column(nullable = false)
    public boolean active;

    /** First sign-in; null for someone known from the directory only. */
    @Column(name = "signed_in_at")
    public OffsetDateTime signedInAt;

    @Column(name = "synced_at")
    public OffsetDateTime syncedAt;

    public boolean hasRole(String role) {
        for (String held : roles) {
            if (held.equals(role)) {
                return true;
            }
        }
        return false;
    }
}
