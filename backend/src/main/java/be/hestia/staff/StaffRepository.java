package be.hestia.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.hestia.common.PageRequest;
import be.hestia.common.Time;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, UUID> {

    /** At a sign-in: inserts the profile, or updates it when something in it changed; marks the first sign-in. */
    public void upsert(UUID id, String organisationId, String username, String displayName, List<String> roles) {
        getEntityManager().createNativeQuery("""
                insert into staff (id, organisation_id, username, display_name, roles, first_seen_at, updated_at,
                    signed_in_at)
                values (:id, :organisation, :username, :displayName, cast(:roles as text[]), :now, :now, :now)
                on conflict (id) do update set
                    organisation_id = excluded.organisation_id, username = excluded.username,
                    display_name = excluded.display_name, roles = excluded.roles, updated_at = excluded.updated_at,
                    signed_in_at = coalesce(staff.signed_in_at, excluded.signed_in_at), active = true
                where (staff.organisation_id, staff.username, staff.display_name, staff.roles)
                    is distinct from (excluded.organisation_id, excluded.username, excluded.display_name, excluded.roles)
                    or staff.signed_in_at is null or not staff.active
                """)
                .setParameter("id", id)
                .setParameter("organisation", organisationId)
                .setParameter("username", username)
                .setParameter("displayName", displayName)
                .setParameter("roles", "{" + String.join(",", roles) + "}")
                .setParameter("now", Time.now())
                .executeUpdate();
    }

    /**
     * From the directory: inserts the person, or updates them when something changed; never touches the sign-in.
     * Returns 1 for a new row, 2 for a changed one, 0 for an unchanged one.
     */
    public int upsertFromDirectory(UUID id, String organisationId, String username, String displayName,
            List<String> roles, boolean active) {
        Object inserted = getEntityManager().createNativeQuery("""
                insert into staff (id, organisation_id, username, display_name, roles, first_seen_at, updated_at,
                    active, synced_at)
                values (:id, :organisation, :username, :displayName, cast(:roles as text[]), :now, :now, :active, :now)
                on conflict (id) do update set
                    organisation_id = excluded.organisation_id, username = excluded.username,
                    display_name = excluded.display_name, roles = excluded.roles, active = excluded.active,
                    updated_at = excluded.updated_at, synced_at = excluded.synced_at
                where (staff.organisation_id, staff.username, staff.display_name, staff.roles, staff.active)
                    is distinct from (excluded.organisation_id, excluded.username, excluded.display_name,
                                      excluded.roles, excluded.active)
                returning (xmax = 0)
                """)
                .setParameter("id", id)
                .setParameter("organisation", organisationId)
                .setParameter("username", username)
                .setParameter("displayName", displayName)
                .setParameter("roles", "{" + String.join(",", roles) + "}")
                .setParameter("active", active)
                .setParameter("now", Time.now())
                .getResultStream().findFirst().orElse(null);
        return inserted == null ? 0 : Boolean.TRUE.equals(inserted) ? 1 : 2;
    }

    /** Marks inactive the organisation's active staff whom the directory no longer lists; returns their ids. */
    @SuppressWarnings("unchecked")
    public List<UUID> deactivateAllBut(String organisationId, Collection<UUID> listed) {
        return getEntityManager().createNativeQuery("""
                update staff set active = false, updated_at = :now, synced_at = :now
                where organisation_id = :organisation and active and not (id = any(cast(:listed as uuid[])))
                returning id
                """, UUID.class)
                .setParameter("organisation", organisationId)
                .setParameter("listed", listed.stream().map(UUID::toString).collect(
                        java.util.stream.Collectors.joining(",", "{", "}")))
                .setParameter("now", Time.now())
                .getResultList();
    }

    public Optional<Staff> findInOrganisation(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId)).firstResultOptional();
    }

    public List<Staff> listByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    @SuppressWarnings("unchecked")
    public List<UUID> search(String organisationId, String query, String role, boolean includeInactive,
            PageRequest page) {
        return getEntityManager().createNativeQuery("select id from staff " + WHERE
                + " order by lower(display_name), id limit :limit offset :offset", UUID.class)
                .setParameter("organisation", organisationId)
                .setParameter("includeInactive", includeInactive)
                .setParameter("q", query)
                .setParameter("role", role)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
    }

    public long count(String organisationId, String query, String role, boolean includeInactive) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from staff " + WHERE)
                .setParameter("organisation", organisationId)
                .setParameter("includeInactive", includeInactive)
                .setParameter("q", query)
                .setParameter("role", role)
                .getSingleResult()).longValue();
    }

    private static final String WHERE = """
            where organisation_id = :organisation
              and (active or cast(:includeInactive as boolean))
              and (cast(:role as text) is null or cast(:role as text) = any(roles))
              and hestia_matches(hestia_normalize(display_name || ' ' || username), cast(:q as text))
            """;
}
