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

    /** Inserts the profile, or updates it when something in it changed. */
    public void upsert(UUID id, String organisationId, String username, String displayName, List<String> roles) {
        getEntityManager().createNativeQuery("""
                insert into staff (id, organisation_id, username, display_name, roles, first_seen_at, updated_at)
                values (:id, :organisation, :username, :displayName, cast(:roles as text[]), :now, :now)
                on conflict (id) do update set
                    organisation_id = excluded.organisation_id, username = excluded.username,
                    display_name = excluded.display_name, roles = excluded.roles, updated_at = excluded.updated_at
                where (staff.organisation_id, staff.username, staff.display_name, staff.roles)
                    is distinct from (excluded.organisation_id, excluded.username, excluded.display_name, excluded.roles)
                """)
                .setParameter("id", id)
                .setParameter("organisation", organisationId)
                .setParameter("username", username)
                .setParameter("displayName", displayName)
                .setParameter("roles", "{" + String.join(",", roles) + "}")
                .setParameter("now", Time.now())
                .executeUpdate();
    }

    public Optional<Staff> findInOrganisation(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId)).firstResultOptional();
    }

    public List<Staff> listByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    @SuppressWarnings("unchecked")
    public List<UUID> search(String organisationId, String query, String role, PageRequest page) {
        return getEntityManager().createNativeQuery("select id from staff " + WHERE
                + " order by lower(display_name), id limit :limit offset :offset", UUID.class)
                .setParameter("organisation", organisationId)
                .setParameter("q", query)
                .setParameter("role", role)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
    }

    public long count(String organisationId, String query, String role) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from staff " + WHERE)
                .setParameter("organisation", organisationId)
                .setParameter("q", query)
                .setParameter("role", role)
                .getSingleResult()).longValue();
    }

    private static final String WHERE = """
            where organisation_id = :organisation
              and (cast(:role as text) is null or cast(:role as text) = any(roles))
              and hestia_matches(hestia_normalize(display_name || ' ' || username), cast(:q as text))
            """;
}
