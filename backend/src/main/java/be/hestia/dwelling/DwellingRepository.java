package be.hestia.dwelling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

import be.hestia.api.model.DwellingSort;
import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Rows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class DwellingRepository implements PanacheRepositoryBase<Dwelling, UUID> {

    /** A dwelling with its building's address and its site. */
    public record DwellingRow(UUID id, UUID buildingId, UUID siteId, String siteName, String street, String number,
            String postcode, String commune, String unit, int floor, int bedrooms, String type, boolean occupied,
            OffsetDateTime retiredAt, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** Whether a household rents the dwelling now (the lease without end date). */
    private static final String OCCUPIED = "exists (select 1 from lease l where l.dwelling_id = d.id and l.end_date is null)";

    private static final String COLUMNS = """
            d.id, d.building_id, b.site_id, s.name as site_name, b.street, b.number, b.postcode, b.commune,
            d.unit, d.floor, d.bedrooms, d.type, d.retired_at, d.version, d.created_at, d.updated_at,
            """ + OCCUPIED + " as occupied\n";

    private static final String JOINS = """
            from dwelling d
            join building b on b.id = d.building_id
            join site s on s.id = b.site_id
            """;

    private static final String SEARCH = JOINS + """
            join commune c on c.code = b.commune
            where d.organisation_id = :organisation
              and (:status = 'all' or (:status = 'retired') = (d.retired_at is not null))
              and (cast(:site as uuid) is null or b.site_id = cast(:site as uuid))
              and (cast(:building as uuid) is null or d.building_id = cast(:building as uuid))
              and (cast(:commune as text) is null or b.commune = cast(:commune as text))
              and (cast(:type as text) is null or d.type = cast(:type as text))
              and (cast(:occupancy as text) is null or (cast(:occupancy as text) = 'occupied') = """ + OCCUPIED + """
              )
              and hestia_matches(d.search_text || ' ' || b.search_text || ' ' || s.search_text || ' '
                   || hestia_normalize(c.name_fr || ' ' || c.name_nl), cast(:q as text))
            """;

    private static final String UNIT_ORDER = "lower(d.unit), d.id";
    private static final Map<DwellingSort, String> ORDER = Map.of(
            DwellingSort.UNIT, "lower(s.name), lower(b.street), b.number, " + UNIT_ORDER,
            DwellingSort._UNIT, "lower(s.name) desc, lower(b.street) desc, b.number desc, lower(d.unit) desc, d.id",
            DwellingSort.FLOOR, "d.floor, " + UNIT_ORDER,
            DwellingSort._FLOOR, "d.floor desc, " + UNIT_ORDER,
            DwellingSort.BEDROOMS, "d.bedrooms, " + UNIT_ORDER,
            DwellingSort._BEDROOMS, "d.bedrooms desc, " + UNIT_ORDER);

    public Optional<Dwelling> findInOrganisationForUpdate(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public NativeSearch search(String organisationId, String query, UUID siteId, UUID buildingId, String commune,
            String type, String status, String occupancy) {
        return new NativeSearch(getEntityManager(), SEARCH)
                .bind("organisation", organisationId)
                .bind("q", query)
                .bind("site", siteId)
                .bind("building", buildingId)
                .bind("commune", commune)
                .bind("type", type)
                .bind("status", status)
                .bind("occupancy", occupancy);
    }

    public List<DwellingRow> page(NativeSearch search, DwellingSort sort, PageRequest page) {
        return search.page(COLUMNS, ORDER.get(sort), page).stream().map(DwellingRepository::toRow).toList();
    }

    public Optional<DwellingRow> row(UUID id, String organisationId) {
        List<?> rows = getEntityManager().createNativeQuery("select " + COLUMNS + JOINS
                + " where d.id = :id and d.organisation_id = :organisation", Tuple.class)
                .setParameter("id", id).setParameter("organisation", organisationId).getResultList();
        return rows.stream().map(row -> toRow((Tuple) row)).findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<DwellingRow> rows(java.util.Collection<UUID> ids, String organisationId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Tuple> rows = getEntityManager().createNativeQuery("select " + COLUMNS + JOINS
                + " where d.id in (:ids) and d.organisation_id = :organisation", Tuple.class)
                .setParameter("ids", ids).setParameter("organisation", organisationId).getResultList();
        return rows.stream().map(DwellingRepository::toRow).toList();
    }

    /**
     * Resolves addresses ("street number postcode unit") to the organisation's active dwellings, in
     * order (null where none matches), compared through hestia_normalize like every search.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> resolveAddresses(List<String> addresses, String organisationId) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        List<Object> ids = getEntityManager().createNativeQuery("""
                with dwelling_key as (
                    select d.id, hestia_normalize(b.street || ' ' || b.number || ' ' || b.postcode || ' ' || d.unit) as k
                    from dwelling d join building b on b.id = d.building_id
                    where d.organisation_id = :organisation and d.retired_at is null)
                select (select min(cast(dk.id as text)) from dwelling_key dk where dk.k = hestia_normalize(a.address))
                from unnest(string_to_array(:addresses, :separator)) with ordinality as a(address, ord)
                order by a.ord
                """).setParameter("organisation", organisationId)
                .setParameter("addresses", String.join(SEPARATOR, addresses))
                .setParameter("separator", SEPARATOR).getResultList();
        return ids.stream().map(id -> id == null ? null : UUID.fromString((String) id)).toList();
    }

    private static final String SEPARATOR = "\u001f";

    /** Locks the organisation's active dwelling {@code id} until the transaction ends; false when there is none. */
    public boolean lockActive(UUID id, String organisationId) {
        return !getEntityManager().createNativeQuery("""
                select d.id from dwelling d
                where d.id = :id and d.organisation_id = :organisation and d.retired_at is null
                for update""").setParameter("id", id).setParameter("organisation", organisationId)
                .getResultList().isEmpty();
    }

    /** Up to {@code limit} vacant active dwellings of the organisation, the latest added first: {id, street, number, postcode, unit}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> vacant(String organisationId, int limit) {
        return getEntityManager().createNativeQuery("select cast(d.id as text), b.street, b.number, b.postcode, d.unit "
                + JOINS + " where d.organisation_id = :organisation and d.retired_at is null and not " + OCCUPIED
                + " order by d.created_at desc, d.id limit :limit")
                .setParameter("organisation", organisationId).setParameter("limit", limit).getResultList();
    }

    private static DwellingRow toRow(Tuple row) {
        return new DwellingRow(Rows.uuid(row.get("id")), Rows.uuid(row.get("building_id")),
                Rows.uuid(row.get("site_id")), (String) row.get("site_name"), (String) row.get("street"),
                (String) row.get("number"), (String) row.get("postcode"), (String) row.get("commune"),
                (String) row.get("unit"), Rows.integer(row.get("floor")), Rows.integer(row.get("bedrooms")),
                (String) row.get("type"), Boolean.TRUE.equals(row.get("occupied")), Rows.timestamp(row.get("retired_at")), Rows.count(row.get("version")),
                Rows.timestamp(row.get("created_at")), Rows.timestamp(row.get("updated_at")));
    }
}
