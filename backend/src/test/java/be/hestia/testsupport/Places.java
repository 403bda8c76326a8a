package be.hestia.testsupport;

import static be.hestia.testsupport.Api.as;

import java.util.Map;
import java.util.UUID;

/** Creates places through the API, as an organisation's admin, with unique names. */
public final class Places {

    private Places() {
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String site(String admin, String name) {
        return as(admin).body(Map.of("name", name)).post("/api/v1/sites")
                .then().statusCode(201).extract().path("id");
    }

    public static String building(String admin, String siteId, String street, String number) {
        return as(admin).body(Map.of("siteId", siteId, "street", street, "number", number, "postcode", "1180",
                "commune", "UCCLE")).post("/api/v1/buildings")
                .then().statusCode(201).extract().path("id");
    }

    public static String dwelling(String admin, String buildingId, String unit) {
        return as(admin).body(Map.of("buildingId", buildingId, "unit", unit, "floor", 1, "bedrooms", 2, "type",
                "apartment")).post("/api/v1/dwellings")
                .then().statusCode(201).extract().path("id");
    }

    /** A site with one building and one dwelling; returns {siteId, buildingId, dwellingId}. */
    public static String[] siteWithDwelling(String admin) {
        String site = site(admin, uniqueName("Site"));
        String building = building(admin, site, "Avenue du Homborch", "36");
        String dwelling = dwelling(admin, building, "1.01");
        return new String[] { site, building, dwelling };
    }
}
