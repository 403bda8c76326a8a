package be.hestia.dwelling;

import be.hestia.api.model.CommuneCode;
import be.hestia.api.model.DwellingType;
import be.hestia.dwelling.DwellingRepository.DwellingRow;

final class DwellingMapper {

    private DwellingMapper() {
    }

    static be.hestia.api.model.Dwelling toApi(DwellingRow row) {
        String address = row.street() + " " + row.number() + ", " + row.postcode();
        be.hestia.api.model.Dwelling api = new be.hestia.api.model.Dwelling(row.id(), row.buildingId(), row.siteId(),
                row.siteName(), address, CommuneCode.fromValue(row.commune()), row.unit(), row.floor(),
                row.bedrooms(), DwellingType.fromValue(row.type()), row.version(), row.createdAt(), row.updatedAt());
        api.setRetiredAt(row.retiredAt());
        return api;
    }
}
