package be.hestia.site;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.SitesApi;
import be.hestia.api.model.CommuneCode;
import be.hestia.api.model.Site;
import be.hestia.api.model.SiteAssignmentsInput;
import be.hestia.api.model.SiteInput;
import be.hestia.api.model.SitePage;
import be.hestia.api.model.SiteSort;
import be.hestia.api.model.StatusFilter;
import be.hestia.common.Responses;
import be.hestia.common.PageRequest;
import be.hestia.security.Roles;

public class SiteResource implements SitesApi {

    private final SiteService sites;

    public SiteResource(SiteService sites) {
        this.sites = sites;
    }

    @Override
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.RENOVATION_WORKER, Roles.FIELD_AGENT, Roles.COLLECTIVE_WORKER,
            Roles.SERVICE_MANAGER, Roles.ADMIN, Roles.DPO })
    public RestResponse<SitePage> listSites(String q, CommuneCode commune, StatusFilter status, SiteSort sort,
            Integer page, Integer size) {
        return RestResponse.ok(sites.list(q, commune, status, sort, PageRequest.of(page, size)));
    }

    @Override
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.RENOVATION_WORKER, Roles.FIELD_AGENT, Roles.COLLECTIVE_WORKER,
            Roles.SERVICE_MANAGER, Roles.ADMIN, Roles.DPO })
    public RestResponse<Site> getSite(UUID siteId) {
        Site site = sites.get(siteId);
        return Responses.ok(site, site.getVersion());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Site> createSite(SiteInput siteInput) {
        Site site = sites.create(siteInput);
        return Responses.created("/api/v1/sites/" + site.getId(), site, site.getVersion());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Site> updateSite(UUID siteId, String ifMatch, SiteInput siteInput) {
        Site site = sites.update(siteId, ifMatch, siteInput);
        return Responses.ok(site, site.getVersion());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Void> retireSite(UUID siteId, String ifMatch) {
        sites.retire(siteId, ifMatch);
        return RestResponse.noContent();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Site> updateSiteAssignments(UUID siteId, String ifMatch, SiteAssignmentsInput input) {
        Site site = sites.assign(siteId, ifMatch, input);
        return Responses.ok(site, site.getVersion());
    }
}
