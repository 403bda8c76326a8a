package be.hestia.dwelling;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.DwellingsApi;
import be.hestia.api.model.CommuneCode;
import be.hestia.api.model.DwellingInput;
import be.hestia.api.model.DwellingPage;
import be.hestia.api.model.DwellingSort;
import be.hestia.api.model.DwellingType;
import be.hestia.api.model.Occupancy;
import be.hestia.api.model.StatusFilter;
import be.hestia.common.PageRequest;
import be.hestia.common.Responses;
import be.hestia.security.Roles;

public class DwellingResource implements DwellingsApi {

    private final DwellingService dwellings;

    public DwellingResource(DwellingService dwellings) {
        this.dwellings = dwellings;
    }

    @Override
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.RENOVATION_WORKER, Roles.FIELD_AGENT, Roles.COLLECTIVE_WORKER,
            Roles.SERVICE_MANAGER, Roles.ADMIN, Roles.DPO })
    public RestResponse<DwellingPage> listDwellings(String q, UUID siteId, UUID buildingId, CommuneCode commune,
            DwellingType type, StatusFilter status, Occupancy occupancy, DwellingSort sort, Integer page, Integer size) {
        return RestResponse.ok(dwellings.list(q, siteId, buildingId, commune, type, status, occupancy, sort,
                PageRequest.of(page, size)));
    }

    @Override
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.RENOVATION_WORKER, Roles.FIELD_AGENT, Roles.COLLECTIVE_WORKER,
            Roles.SERVICE_MANAGER, Roles.ADMIN, Roles.DPO })
    public RestResponse<be.hestia.api.model.Dwelling> getDwelling(UUID dwellingId) {
        be.hestia.api.model.Dwelling dwelling = dwellings.get(dwellingId);
        return Responses.ok(dwelling, dwelling.getVersion());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<be.hestia.api.model.Dwelling> createDwelling(DwellingInput input) {
        be.hestia.api.model.Dwelling dwelling = dwellings.create(input);
        return Responses.created("/api/v1/dwellings/" + dwelling.getId(), dwelling, dwelling.getVersion());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<be.hestia.api.model.Dwelling> updateDwelling(UUID dwellingId, String ifMatch,
            DwellingInput input) {
        be.hestia.api.model.Dwelling dwelling = dwellings.update(dwellingId, ifMatch, input);
        return Responses.ok(dwelling, dwelling.getVersion());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Void> retireDwelling(UUID dwellingId, String ifMatch) {
        dwellings.retire(dwellingId, ifMatch);
        return RestResponse.noContent();
    }
}
