package be.hestia.building;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

import be.hestia.api.model.BuildingSort;
import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Rows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class BuildingRepository implements PanacheRepositoryBase<Building, UUID> {

    /** A building with what its views show from around it. */
    public record BuildingRow(UUID id, UUID siteId, String siteName, String name, String street, String number,
            String postcode, String commune, int dwellingCount, OffsetDateTime retiredAt, long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    private static final String COLUMNS = """
            b.id, b.site_id, s.name as site_name, b.name, b.street, b.number, b.postcode, b.commune,
            b.retired_at, b.version, b.created_at, b.updated_at,
            (select count(*) from dwelling d where d.building_id = b.id and d.retired_at is null) as dwelling_count
            """;

    private static final String SEARCH = """
            from building b
            join site s on s.id = b.site_id
            join commune c on c.code = b.commune
            where b.organisation_id = :organisation
              and (:status = 'all' or (:status = 'retired') = (b.retired_at is not null))
              and (cast(:site as uuid) is null or b.site_id = cast(:site as uuid))
              and (cast(:commune as text) is null or b.commune = cast(:commune as text))
              and hestia_matches(b.search_text || ' ' || s.search_text || ' '
                   || hestia_normalize(c.name_fr || ' ' || c.name_nl), cast(:q as text))
            """;

    private static final Map<BuildingSort, String> ORDER = Map.of(
            BuildingSort.ADDRESS, "lower(b.street), length(b.number), b.number, b.id",
            BuildingSort._ADDRESS, "lower(b.street) desc, length(b.number) desc, b.number desc, b.id",
            BuildingSort.POSTCODE, "b.postcode, lower(b.street), b.number, b.id",
            BuildingSort._POSTCODE, "b.postcode desc, lower(b.street), b.number, b.id",
            BuildingSort.SITE, "lower(s.name), lower(b.street), b.number, b.id",
            BuildingSort._SITE, "lower(s.name) desc, lower(b.street), b.number, b.id");

    public Optional<Building> findInOrganisationForUpdate(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Building> findInOrganisation(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId)).firstResultOptional();
    }

    public NativeSearch search(String organisationId, String query, UUID siteId, String commune, String status) {
        return new NativeSearch(getEntityManager(), SEARCH)
                .bind("organisation", organisationId)
                .bind("q", query)
                .bind("site", siteId)
                .bind("commune", commune)
                .bind("status", status);
    }

    public List<BuildingRow> page(NativeSearch search, BuildingSort sort, PageRequest page) {
        return search.page(COLUMNS, ORDER.get(sort), page).stream().map(BuildingRepository::toRow).toList();
    }

    public Optional<BuildingRow> row(UUID id, String organisationId) {
        List<?> rows = getEntityManager().createNativeQuery("select " + COLUMNS
                + " from building b join site s on s.id = b.site_id where b.id = :id and b.organisation_id = :organisation",
                Tuple.class).setParameter("id", id).setParameter("organisation", organisationId).getResultList();
        return rows.stream().map(row -> toRow((Tuple) row)).findFirst();
    }

    public boolean hasActiveDwellings(UUID buildingId) {
        return !getEntityManager().createNativeQuery(
                "select 1 from dwelling where building_id = :building and retired_at is null limit 1")
                .setParameter("building", buildingId).getResultList().isEmpty();
    }

    private static BuildingRow toRow(Tuple row) {
        return new BuildingRow(Rows.uuid(row.get("id")), Rows.uuid(row.get("site_id")), (String) row.get("site_name"),
                (String) row.get("name"), (String) row.get("street"), (String) row.get("number"),
                (String) row.get("postcode"), (String) row.get("commune"), Rows.integer(row.get("dwelling_count")),
                Rows.timestamp(row.get("retired_at")), Rows.count(row.get("version")),
                Rows.timestamp(row.get("created_at")), Rows.timestamp(row.get("updated_at")));
    }
}
