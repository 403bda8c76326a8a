package be.hestia.security;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/**
 * Test only: the query a careless developer might write, with no organisation filter at all, run as the signed-in
 * caller through the application's own connection pool. Row-level security must keep it to the caller's rows.
 */
@Path("/test-only/organisations-seen/{table}")
@Authenticated
public class OrganisationsSeenResource {

    private final EntityManager em;

    public OrganisationsSeenResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SuppressWarnings("unchecked")
    public List<String> organisationsSeen(@PathParam("table") String table) {
        boolean known = !em.createNativeQuery("""
                select 1 from information_schema.columns
                where table_schema = current_schema() and table_name = ?1 and column_name = 'organisation_id'""")
                .setParameter(1, table).getResultList().isEmpty();
        if (!known) {
            throw new NotFoundException();
        }
        // The table name was just checked against the catalogue.
        return em.createNativeQuery("select distinct coalesce(organisation_id, '(none)') from \"" + table + "\"")
                .getResultList();
    }
}
