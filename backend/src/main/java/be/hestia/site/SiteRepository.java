package be.hestia.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

import be.hestia.api.model.SiteSort;
import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Rows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<Site, UUID> {

    /** Figures of a site computed from its active buildings and dwellings. */
    public record SiteStats(int buildingCount, int dwellingCount, List<String> communes) {
    }

    /** One line of a site list. */
    public record SiteRow(UUID id, String name, java.time.OffsetDateTime retiredAt, UUID referentSocialWorkerId,
            SiteStats stats) {
    }

    private static final String STATS = """
            (select count(*) from building b where b.site_id = s.id and b.retired_at is null) as building_count,
            (select count(*) from dwelling d join building b on b.id = d.building_id
              where b.site_id = s.id and b.retired_at is null and d.retired_at is null) as dwelling_count,
            (select coalesce(array_agg(distinct b.commune order by b.commune), '{}') from building b
              where b.site_id = s.id and b.retired_at is null) as communes
            """;

    private static final String SEARCH = """
            from site s
            where s.organisation_id = :organisation
              and (:status = 'all' or (:status = 'retired') = (s.retired_at is not null))
              and (cast(:commune as text) is null or exists (select 1 from building b
                   where b.site_id = s.id and b.retired_at is null and b.commune = cast(:commune as text)))
              and hestia_matches(s.search_text || ' ' || coalesce((
                   select string_agg(b.search_text || ' ' || hestia_normalize(c.name_fr || ' ' || c.name_nl), ' ')
                   from building b join commune c on c.code = b.commune
                   where b.site_id = s.id and b.retired_at is null), ''), cast(:q as text))
            """;

    private static final Map<SiteSort, String> ORDER = Map.of(
            SiteSort.NAME, "lower(s.name), s.id",
            SiteSort._NAME, "lower(s.name) desc, s.id",
            SiteSort.DWELLINGS, "dwelling_count, lower(s.name), s.id",
            SiteSort._DWELLINGS, "dwelling_count desc, lower(s.name), s.id");

    public Optional<Site> findInOrganisation(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId)).firstResultOptional();
    }

    /** Loads the site for an edit, locked so that concurrent edits queue instead of interleaving. */
    public Optional<Site> findInOrganisationForUpdate(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public NativeSearch search(String organisationId, String query, String commune, String status) {
        return new NativeSearch(getEntityManager(), SEARCH)
                .bind("organisation", organisationId)
                .bind("q", query)
                .bind("commune", commune)
                .bind("status", status);
    }

    public List<SiteRow> page(NativeSearch search, SiteSort sort, PageRequest page) {
        return search.page("s.id, s.name, s.retired_at, s.referent_social_worker_id, " + STATS, ORDER.get(sort), page)
                .stream().map(SiteRepository::toRow).toList();
    }

    public SiteStats stats(UUID siteId) {
        Tuple row = (Tuple) getEntityManager().createNativeQuery("select " + STATS + " from site s where s.id = :id",
                Tuple.class).setParameter("id", siteId).getSingleResult();
        return toStats(row);
    }

    public boolean hasActiveBuildings(UUID siteId) {
        return getEntityManager().createNativeQuery(
                "select 1 from building where site_id = :site and retired_at is null limit 1")
                .setParameter("site", siteId).getResultList().size() > 0;
    }

    private static SiteRow toRow(Tuple row) {
        return new SiteRow(Rows.uuid(row.get("id")), (String) row.get("name"), Rows.timestamp(row.get("retired_at")),
                Rows.uuid(row.get("referent_social_worker_id")), toStats(row));
    }

    private static SiteStats toStats(Tuple row) {
        return new SiteStats(Rows.integer(row.get("building_count")), Rows.integer(row.get("dwelling_count")),
                List.of(Rows.strings(row.get("communes"))));
    }
}
