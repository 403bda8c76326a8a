package be.hestia.household;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /** Whether the social service follows the household (an open or active case file), and who. */
    public record FollowUp(boolean active, UUID referentId) {
    }

    private static final String FOLLOW_UP = """
            exists (select 1 from case_file cf where cf.household_id = h.id and cf.status in ('open', 'active'))
              as followed,
            (select cf.referent_id from case_file cf where cf.household_id = h.id and cf.status in ('open', 'active')
              order by cf.opened_at desc limit 1) as referent_id
            """;

    private static final String COLUMNS = """
            h.id, h.external_ref, r.first_name || ' ' || r.last_name as name,
            (select count(*) from household_member m where m.household_id = h.id) as member_count,
            l.dwelling_id,
            """ + FOLLOW_UP;

    /** Best matches first: how closely a member's name holds the query. */
    private static final String SCORE = """
            (select coalesce(max(word_similarity(hestia_compact(cast(:q as text)), m.compact_name)), 0)
              from household_member m where m.household_id = h.id) as score
            """;

    private static final String FROM = """
            from household h
            join household_member r on r.household_id = h.id and r.role = 'reference-tenant'
            left join lease l on l.household_id = h.id and l.end_date is null
            left join dwelling d on d.id = l.dwelling_id
            left join building b on b.id = d.building_id
            left join site s on s.id = b.site_id
            where h.organisation_id = :organisation and h.retired_at is null
              and (cast(:site as uuid) is null or s.id = cast(:site as uuid))
            """;

    /** At most this many words of a query are used (each is one more index condition). */
    private static final int MAX_WORDS = 6;

    /*
     * A household matches when one member's name holds every word of the query, or holds the
     * query once spaces are ignored, or nearly holds it (trigram word similarity: typos); or when
     * its current dwelling's unit, address or site holds every word. Each branch starts from a
     * trigram index (household_member.search_text / compact_name, building.search_text), so that
     * a search never scans the organisation's households one by one.
     */
    private static String matching(int words) {
        StringBuilder inName = new StringBuilder();
        StringBuilder inAddress = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = "'%' || hestia_normalize(cast(:w" + i + " as text)) || '%'";
            inName.append(i == 0 ? "" : " and ").append("m.search_text like ").append(word);
            inAddress.append(i == 0 ? "" : " and ")
                    .append("(ld.search_text || ' ' || lb.search_text || ' ' || ls.search_text) like ")
                    .append(word);
        }
        return """
                  and h.id in (
                    select m.household_id from household_member m
                    where (%s)
                       or m.compact_name like '%%' || hestia_compact(cast(:q as text)) || '%%'
                       or hestia_compact(cast(:q as text)) <%% m.compact_name
                    union
                    select ll.household_id from lease ll
                    join dwelling ld on ld.id = ll.dwelling_id
                    join building lb on lb.id = ld.building_id
                    join site ls on ls.id = lb.site_id
                    where ll.end_date is null and ll.organisation_id = :organisation and (%s))
                """.formatted(inName, inAddress);
    }

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

    /** The query's words, as the search binds them (:w0, :w1...). */
    public static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(query.strip().split("\\s+")).limit(MAX_WORDS).toList();
    }

    public NativeSearch search(String organisationId, String query, UUID siteId) {
        List<String> words = words(query);
        NativeSearch search = new NativeSearch(getEntityManager(), words.isEmpty() ? FROM : FROM + matching(words.size()))
                .bind("organisation", organisationId)
                .bind("site", siteId);
        if (!words.isEmpty()) {
            search.bind("q", query);
            for (int i = 0; i < words.size(); i++) {
                search.bind("w" + i, words.get(i));
            }
        }
        return search;
    }

    public List<HouseholdRow> page(NativeSearch search, String query, PageRequest page) {
        boolean ranked = !words(query).isEmpty();
        return search.page(ranked ? COLUMNS + ", " + SCORE : COLUMNS,
                ranked ? "score desc, lower(r.last_name), lower(r.first_name), h.id"
                        : "lower(r.last_name), lower(r.first_name), h.id", page).stream()
                .map(HouseholdRepository::toRow).toList();
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

    private static HouseholdRow toRow(Tuple row) {
        return new HouseholdRow(Rows.uuid(row.get("id")), (String) row.get("external_ref"), (String) row.get("name"),
                Rows.integer(row.get("member_count")), Rows.uuid(row.get("dwelling_id")),
                Boolean.TRUE.equals(row.get("followed")), Rows.uuid(row.get("referent_id")));
    }
}
