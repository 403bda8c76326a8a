package be.hestia.household;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Rows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Households with their members and leases (one aggregate). */
@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    /** One line of a household list. */
    public record HouseholdRow(UUID id, String externalRef, String name, int memberCount, UUID dwellingId,
            boolean followed, UUID referentId) {
    }

    /**
     * One page of a household list, and how many households the list holds in all, counted up to
     * {@link PageRequest#COUNT_LIMIT} + 1.
     */
    public record Found(List<HouseholdRow> rows, long counted) {
    }

    /** Whether the social service follows the household (an open or active case file), and who. */
    public record FollowUp(boolean active, UUID referentId) {
    }

    private static final String FOLLOW_UP = """
            exists (select 1 from case_file cf where cf.household_id = h.id and cf.status in ('open', 'active'))
              as followed,
            (select cf.referent_id from case_file cf where cf.household_id = h.id and cf.status in ('open', 'active')
              order by cf.opened_at desc limit 1) as referent_id
            """;

    static final String COLUMNS = """
            h.id, h.external_ref, r.first_name || ' ' || r.last_name as name,
            (select count(*) from household_member m where m.household_id = h.id) as member_count,
            l.dwelling_id,
            """ + FOLLOW_UP;

    /** Every household has one reference tenant and at most one current lease: joins that add columns only. */
    static final String JOINS = """
            join household_member r on r.household_id = h.id and r.role = 'reference-tenant'
            left join lease l on l.household_id = h.id and l.end_date is null
            """;

    private static final String FROM = "from household h " + JOINS;

    static final String IN_ORGANISATION = """
            where h.organisation_id = :organisation and h.retired_at is null
            """;

    /** The site filter: through the current lease's dwelling and building. */
    static final String ON_SITE = """
            and exists (select 1 from dwelling d join building b on b.id = d.building_id
                        where d.id = l.dwelling_id and b.site_id = :site)
            """;

    static final String NAME_ORDER = "lower(r.last_name), lower(r.first_name), h.id";

    /** At most this many words of a query are used (each is one more index condition). */
    private static final int MAX_WORDS = 6;

    public Optional<Household> findInOrganisation(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId)).firstResultOptional();
    }

    public Optional<Household> findInOrganisationForUpdate(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Household> findByExternalRef(String organisationId, String externalRef) {
        return find("organisationId = :organisation and externalRef = :ref",
                Parameters.with("organisation", organisationId).and("ref", externalRef)).firstResultOptional();
    }

    /**
     * One page of the organisation's households (on {@code siteId} when given): by name, or, with a
     * query, best matches first (see {@link HouseholdSearch}).
     */
    public Found page(String organisationId, String query, UUID siteId, PageRequest page) {
        List<String> words = query == null || query.isBlank() ? List.of()
                : java.util.Arrays.stream(query.strip().split("\\s+")).limit(MAX_WORDS).toList();
        if (!words.isEmpty()) {
            HouseholdSearch search = HouseholdSearch.of(getEntityManager(), query, words);
            if (search != null) {
                return search.page(organisationId, siteId, page);
            }
        }
        String where = IN_ORGANISATION + (siteId == null ? "" : ON_SITE);
        NativeSearch list = new NativeSearch(getEntityManager(), FROM + where)
                .countingFrom(siteId == null ? "from household h " + where : FROM + where)
                .bind("organisation", organisationId);
        if (siteId != null) {
            list.bind("site", siteId);
        }
        List<HouseholdRow> rows = list.page(COLUMNS, NAME_ORDER, page).stream().map(HouseholdRepository::toRow)
                .toList();
        return new Found(rows, list.countUpToLimit());
    }

    public FollowUp followUp(UUID householdId) {
        Tuple row = (Tuple) getEntityManager()
                .createNativeQuery("select " + FOLLOW_UP + " from household h where h.id = :id", Tuple.class)
                .setParameter("id", householdId).getSingleResult();
        return new FollowUp(Boolean.TRUE.equals(row.get("followed")), Rows.uuid(row.get("referent_id")));
    }

    public List<HouseholdMember> members(UUID householdId) {
        return getEntityManager()
                .createQuery("from HouseholdMember where householdId = :id order by position", HouseholdMember.class)
                .setParameter("id", householdId).getResultList();
    }

    public List<Lease> leases(UUID householdId) {
        return getEntityManager()
                .createQuery("from Lease where householdId = :id order by startDate desc", Lease.class)
                .setParameter("id", householdId).getResultList();
    }

    /** Every lease of the dwelling: the current one first, then the most recent. */
    public List<Lease> leasesOfDwelling(UUID dwellingId) {
        return getEntityManager()
                .createQuery("from Lease where dwellingId = :dwelling"
                        + " order by case when endDate is null then 0 else 1 end, startDate desc, id", Lease.class)
                .setParameter("dwelling", dwellingId).getResultList();
    }

    /** The households' names (their reference tenant's), by id. */
    public Map<UUID, String> names(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("from HouseholdMember where householdId in :ids and role = :role", HouseholdMember.class)
                .setParameter("ids", householdIds).setParameter("role", HouseholdMember.REFERENCE_TENANT)
                .getResultStream().collect(Collectors.toMap(m -> m.householdId, HouseholdMember::fullName, (a, b) -> a));
    }

    /** The household currently renting the dwelling, if any. */
    public Optional<UUID> currentOccupant(UUID dwellingId) {
        return getEntityManager()
                .createQuery("select l.householdId from Lease l where l.dwellingId = :dwelling and l.endDate is null",
                        UUID.class)
                .setParameter("dwelling", dwellingId).setMaxResults(1).getResultList().stream().findFirst();
    }

    public void persist(HouseholdMember member) {
        getEntityManager().persist(member);
    }

    public void delete(HouseholdMember member) {
        getEntityManager().remove(member);
    }

    public void persist(Lease lease) {
        getEntityManager().persist(lease);
    }

    static HouseholdRow toRow(Tuple row) {
        return new HouseholdRow(Rows.uuid(row.get("id")), (String) row.get("external_ref"), (String) row.get("name"),
                Rows.integer(row.get("member_count")), Rows.uuid(row.get("dwelling_id")),
                Boolean.TRUE.equals(row.get("followed")), Rows.uuid(row.get("referent_id")));
    }
}
