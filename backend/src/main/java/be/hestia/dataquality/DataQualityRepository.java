package be.hestia.dataquality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import be.hestia.common.Rows;

/** Counts of the records that lack something, in one query over one organisation. */
@ApplicationScoped
public class DataQualityRepository {

    /** The counts of {@code DataToComplete}, each over the organisation's active records. */
    public record Gaps(int households, int householdsWithoutLease, int householdsWithoutContact,
            int householdsWithoutTenantNumber, int sitesWithoutReferent, int buildingsWithoutDwelling) {
    }

    /*
     * Every part names the organisation itself (row-level security would keep the others' rows out anyway):
     * the counts never depend on the policy alone.
     */
    private static final String GAPS = """
            with households as (
              select h.id, h.external_ref from household h
              where h.organisation_id = :organisation and h.retired_at is null
            )
            select
              (select count(*) from households) as households,
              (select count(*) from households h
                 where not exists (select 1 from lease l where l.household_id = h.id and l.end_date is null))
                 as without_lease,
              (select count(*) from households h
                 where not exists (select 1 from household_member m where m.household_id = h.id
                                   and m.role = 'reference-tenant'
                                   and (nullif(btrim(m.phone), '') is not null or nullif(btrim(m.email), '') is not null)))
                 as without_contact,
              (select count(*) from households h where nullif(btrim(h.external_ref), '') is null)
                 as without_tenant_number,
              (select count(*) from site s where s.organisation_id = :organisation and s.retired_at is null
                 and s.referent_social_worker_id is null) as sites_without_referent,
              (select count(*) from building b where b.organisation_id = :organisation and b.retired_at is null
                 and not exists (select 1 from dwelling d where d.building_id = b.id and d.retired_at is null))
                 as buildings_without_dwelling
            """;

    private final EntityManager em;

    public DataQualityRepository(EntityManager em) {
        this.em = em;
    }

    public Gaps gaps(String organisationId) {
        Tuple row = (Tuple) em.createNativeQuery(GAPS, Tuple.class).setParameter("organisation", organisationId)
                .getSingleResult();
        return new Gaps(Rows.integer(row.get("households")), Rows.integer(row.get("without_lease")),
                Rows.integer(row.get("without_contact")), Rows.integer(row.get("without_tenant_number")),
                Rows.integer(row.get("sites_without_referent")), Rows.integer(row.get("buildings_without_dwelling")));
    }
}
