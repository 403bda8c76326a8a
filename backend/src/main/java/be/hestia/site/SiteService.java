package be.hestia.site;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import be.hestia.api.model.CommuneCode;
import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.SiteAssignmentsInput;
import be.hestia.api.model.SiteInput;
import be.hestia.api.model.SitePage;
import be.hestia.api.model.SiteSort;
import be.hestia.api.model.StatusFilter;
import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Problems;
import be.hestia.security.OrganisationScope;
import be.hestia.security.Roles;
import be.hestia.site.SiteRepository.SiteRow;
import be.hestia.staff.StaffService;

/**
 * Sites of the caller's organisation and their staff assignments. Every method scopes to the
 * caller's organisation first: another organisation's site is "not found".
 */
@ApplicationScoped
public class SiteService {

    private final SiteRepository sites;
    private final StaffService staff;
    private final OrganisationScope scope;
    private final SiteCaseFiles caseFiles;
    private final Event<SiteReferentChanged> referentChanged;

    public SiteService(SiteRepository sites, StaffService staff, OrganisationScope scope, SiteCaseFiles caseFiles,
            Event<SiteReferentChanged> referentChanged) {
        this.sites = sites;
        this.staff = staff;
        this.scope = scope;
        this.caseFiles = caseFiles;
        this.referentChanged = referentChanged;
    }

    public SitePage list(String query, CommuneCode commune, StatusFilter status, SiteSort sort, PageRequest page) {
        NativeSearch search = sites.search(scope.id(), query, commune == null ? null : commune.toString(),
                status.toString());
        List<SiteRow> rows = sites.page(search, sort, page);
        var names = staff.summaries(rows.stream().map(SiteRow::referentSocialWorkerId).toList());
        return new SitePage(rows.stream().map(row -> SiteMapper.toSummary(row, names)).toList(),
                page.meta(search.count()));
    }

    public be.hestia.api.model.Site get(UUID id) {
        return toApi(find(id));
    }

    @Transactional
    public be.hestia.api.model.Site create(SiteInput input) {
        Site site = new Site(scope.id());
        apply(site, input);
        sites.persistAndFlush(site);
        return toApi(site);
    }

    @Transactional
    public be.hestia.api.model.Site update(UUID id, String ifMatch, SiteInput input) {
        Site site = findForUpdate(id);
        site.checkEditable(ifMatch);
        apply(site, input);
        sites.flush();
        return toApi(site);
    }

    @Transactional
    public void retire(UUID id, String ifMatch) {
        Site site = findForUpdate(id);
        site.checkEditable(ifMatch);
        if (sites.hasActiveBuildings(site.id)) {
            throw Problems.conflict(ProblemCode.SITE_HAS_ACTIVE_BUILDINGS);
        }
        site.retire();
    }

    @Transactional
    public be.hestia.api.model.Site assign(UUID id, String ifMatch, SiteAssignmentsInput input) {
        Site site = findForUpdate(id);
        site.checkEditable(ifMatch);
        if (input.getReferentSocialWorkerId() != null) {
            staff.requireAssignable(site.organisationId, input.getReferentSocialWorkerId(), "referentSocialWorkerId",
                    Roles.SOCIAL_WORKER);
        }
        if (input.getCollectiveWorkerId() != null) {
            staff.requireAssignable(site.organisationId, input.getCollectiveWorkerId(), "collectiveWorkerId",
                    Roles.COLLECTIVE_WORKER);
        }
        UUID previousReferent = site.referentSocialWorkerId;
        site.referentSocialWorkerId = input.getReferentSocialWorkerId();
        site.collectiveWorkerId = input.getCollectiveWorkerId();
        sites.flush();
        if (!Objects.equals(previousReferent, site.referentSocialWorkerId)) {
            referentChanged.fire(new SiteReferentChanged(site.organisationId, site.id, previousReferent,
                    site.referentSocialWorkerId, Boolean.TRUE.equals(input.getMoveOpenFiles())));
        }
        return toApi(site);
    }

    /**
     * For features that attach records to a site: the name of the active site {@code id} of the
     * caller's organisation, or a 400 on {@code field}.
     */
    public String requireActiveSiteName(UUID id, String field) {
        return sites.findInOrganisation(id, scope.id()).filter(Site::isActive).map(site -> site.name)
                .orElseThrow(() -> Problems.invalid(field, "unknown-site"));
    }

    /** The referent social worker of the caller's organisation's site {@code id}, if it has one. */
    public java.util.Optional<UUID> referentOf(UUID id) {
        return sites.findInOrganisation(id, scope.id()).map(site -> site.referentSocialWorkerId);
    }

    private Site find(UUID id) {
        return sites.findInOrganisation(id, scope.id()).orElseThrow(() -> Problems.notFound("site"));
    }

    private Site findForUpdate(UUID id) {
        return sites.findInOrganisationForUpdate(id, scope.id()).orElseThrow(() -> Problems.notFound("site"));
    }

    private static void apply(Site site, SiteInput input) {
        site.name = input.getName().strip();
        site.description = input.getDescription() == null || input.getDescription().isBlank() ? null
                : input.getDescription().strip();
        if (site.name.isEmpty()) {
            throw Problems.invalid("name", "not-blank");
        }
    }

    private be.hestia.api.model.Site toApi(Site site) {
        var names = staff.summaries(
                java.util.stream.Stream.of(site.referentSocialWorkerId, site.collectiveWorkerId)
                        .filter(Objects::nonNull).toList());
        be.hestia.api.model.Site api = SiteMapper.toApi(site, sites.stats(site.id), names);
        api.setOpenCaseFiles(caseFiles.openFilesToMove(site.organisationId, site.id, site.referentSocialWorkerId));
        return api;
    }
}
