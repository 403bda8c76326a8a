package be.hestia.building;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.BuildingsApi;
import be.hestia.api.model.Building;
import be.hestia.api.model.BuildingInput;
import be.hestia.api.model.BuildingPage;
import be.hestia.api.model.BuildingSort;
import be.hestia.api.model.CommuneCode;
import be.hestia.api.model.StatusFilter;
import be.hestia.common.PageRequest;
import be.hestia.common.Responses;
import be.hestia.security.Roles;

public class BuildingResource implements BuildingsApi {

    private final BuildingService buildings;

    public BuildingResource(BuildingService buildings) {
        this.buildings = buildings;
    }

    @Override
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.RENOVATION_WORKER, Roles.FIELD_AGENT, Roles.COLLECTIVE_WORKER,
            Roles.SERVICE_MANAGER, Roles.ADMIN, Roles.DPO })
    public RestResponse<BuildingPage> listBuildings(String q, UUID siteId, CommuneCode commune, StatusFilter status,
            BuildingSort sort, Integer page, Integer size) {
        return RestResponse.ok(buildings.list(q, siteId, commune, status, sort, PageRequest.of(page, size)));
    }

    @Override
    @RolesAllowed({ Roles.SOCIAL_WORKER, Roles.RENOVATION_WORKER, Roles.FIELD_AGENT, Roles.COLLECTIVE_WORKER,
            Roles.SERVICE_MANAGER, Roles.ADMIN, Roles.DPO })
    public RestResponse<Building> getBuilding(UUID buildingId) {
        Building building = buildings.get(buildingId);
        return Responses.ok(building, building.getVersion());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Building> createBuilding(BuildingInput input) {
        Building building = buildings.create(input);
        return Responses.created("/api/v1/buildings/" + building.getId(), building, building.getVersion());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Building> updateBuilding(UUID buildingId, String ifMatch, BuildingInput input) {
        Building building = buildings.update(buildingId, ifMatch, input);
        return Responses.ok(building, building.getVersion());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Void> retireBuilding(UUID buildingId, String ifMatch) {
        buildings.retire(buildingId, ifMatch);
        return RestResponse.noContent();
    }
}
