package be.hestia.site;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.hestia.api.model.CommuneCode;
import be.hestia.api.model.SiteSummary;
import be.hestia.api.model.StaffSummary;
import be.hestia.site.SiteRepository.SiteRow;
import be.hestia.site.SiteRepository.SiteStats;

/** Entities and rows to contract models; entities never cross HTTP. */
final class SiteMapper {

    private SiteMapper() {
    }

    static be.hestia.api.model.Site toApi(Site site, SiteStats stats, Map<UUID, StaffSummary> staff) {
        be.hestia.api.model.Site api = new be.hestia.api.model.Site(site.id, site.organisationId, site.name,
                stats.buildingCount(), stats.dwellingCount(), communes(stats.communes()), site.version,
                site.createdAt, site.updatedAt);
        api.setDescription(site.description);
        api.setReferentSocialWorker(staff.get(site.referentSocialWorkerId));
        api.setCollectiveWorker(staff.get(site.collectiveWorkerId));
        api.setRetiredAt(site.retiredAt);
        return api;
    }

    static SiteSummary toSummary(SiteRow row, Map<UUID, StaffSummary> staff) {
        SiteSummary summary = new SiteSummary(row.id(), row.name(), row.stats().buildingCount(),
                row.stats().dwellingCount(), communes(row.stats().communes()));
        summary.setReferentSocialWorker(staff.get(row.referentSocialWorkerId()));
        summary.setRetiredAt(row.retiredAt());
        return summary;
    }

    private static List<CommuneCode> communes(List<String> codes) {
        return codes.stream().map(CommuneCode::fromValue).toList();
    }
}
