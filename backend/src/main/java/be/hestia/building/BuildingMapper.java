package be.hestia.building;

import be.hestia.api.model.Building;
import be.hestia.api.model.CommuneCode;
import be.hestia.building.BuildingRepository.BuildingRow;

final class BuildingMapper {

    private BuildingMapper() {
    }

    static Building toApi(BuildingRow row) {
        Building api = new Building(row.id(), row.siteId(), row.siteName(), row.street(), row.number(),
                row.postcode(), CommuneCode.fromValue(row.commune()), row.dwellingCount(), row.version(),
                row.createdAt(), row.updatedAt());
        api.setName(row.name());
        api.setRetiredAt(row.retiredAt());
        return api;
    }
}
