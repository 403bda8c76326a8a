package be.hestia.dwelling;

import be.hestia.api.model.CommuneCode;
import be.hestia.api.model.DwellingRef;
import be.hestia.api.model.DwellingType;
import be.hestia.dwelling.DwellingRepository.DwellingRow;

final class DwellingMapper {

    private DwellingMapper() {
    }

    static DwellingRef toRef(DwellingRow row) {
        return new DwellingRef(row.id(), row.unit(), address(row), row.siteId(), row.siteName());
    }

    private static String address(DwellingRow row) {
        return row.street() + " " + row.number() + ", " + row.postcode();
    }

    static be.hestia.api.model.Dwelling toApi(DwellingRow row) {
        String address = address(row);
        be.hestia.api.model.Dwelling api = new be.hestia.api.model.Dwelling(row.id(), row.buildingId(), row.siteId(),
                row.siteName(), address, CommuneCode.fromValue(row.commune()), row.unit(), row.floor(),
                row.bedrooms(), DwellingType.fromValue(row.type()), row.occupied(), row.version(), row.createdAt(), row.updatedAt());
        api.setRetiredAt(row.retiredAt());
        return api;
    }
}
