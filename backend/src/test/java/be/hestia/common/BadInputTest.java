package be.hestia.common;

import static be.hestia.testsupport.Api.as;
import static be.hestia.testsupport.Api.invalidAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bad input gets a clear problem document and changes nothing: what ContractBadInputTest cannot tell from the
 * contract alone (business rules, several violations at once, exact codes).
 */
@QuarkusTest
class BadInputTest {

    private static final String ADMIN = Users.ADMIN_BINHOME;

    @Test
    void malformedJsonIsRefused() {
        String name = Places.uniqueName("Malformed");
        invalidAs(ADMIN).body("{\"name\": \"" + name + "\",").post("/api/v1/sites")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("malformed-request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/sites"));
        assertNoSiteNamed(name);
    }

    @Test
    void missingAndOutOfRangeFieldsAreEachNamed() {
        String[] ids = Places.siteWithDwelling(ADMIN);
        invalidAs(ADMIN).body(Map.of("buildingId", ids[1], "unit", "", "floor", 99, "bedrooms", -1, "type", "studio"))
                .post("/api/v1/dwellings")
                .then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("violations.field", contains("bedrooms", "floor", "unit"));
        invalidAs(ADMIN).body(Map.of("street", "Rue du Merlo")).post("/api/v1/buildings")
                .then().statusCode(400).body("code", equalTo("validation-failed"));
        invalidAs(ADMIN).body(Map.of("siteId", ids[0], "street", "Rue", "number", "1", "postcode", "75001",
                "commune", "UCCLE")).post("/api/v1/buildings")
                .then().statusCode(400).body("violations.field", contains("postcode"));
        as(ADMIN).queryParam("buildingId", ids[1]).get("/api/v1/dwellings").then().body("page.totalItems", equalTo(1));
    }

    @Test
    void aPostcodeOfAnotherCommuneIsRefused() {
        String site = Places.site(ADMIN, Places.uniqueName("Postcode"));
        as(ADMIN).body(Map.of("siteId", site, "street", "Rue du Sceptre", "number", "41", "postcode", "1180",
                "commune", "IXELLES")).post("/api/v1/buildings")
                .then().statusCode(400).body("violations.field", contains("postcode"));
    }

    @Test
    void unknownIdsAnswer404() {
        as(ADMIN).get("/api/v1/sites/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("not-found"));
        as(ADMIN).get("/api/v1/dwellings/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aBuildingCannotBePutOnAnotherOrganisationsSite() {
        String llbSite = Places.site(Users.ADMIN_LLB, Places.uniqueName("Foreign"));
        as(ADMIN).body(Map.of("siteId", llbSite, "street", "Rue", "number", "1", "postcode", "1180",
                "commune", "UCCLE")).post("/api/v1/buildings")
                .then().statusCode(400).body("violations.field", contains("siteId"));
        as(Users.ADMIN_LLB).queryParam("siteId", llbSite).get("/api/v1/buildings")
                .then().body("page.totalItems", equalTo(0));
    }

    @Test
    void aStaleVersionNeverOverwritesABuilding() {
        String[] ids = Places.siteWithDwelling(ADMIN);
        Map<String, Object> edit = Map.of("siteId", ids[0], "street", "Rue Joseph Bens", "number", "40",
                "postcode", "1180", "commune", "UCCLE");
        as(ADMIN).header("If-Match", "\"0\"").body(edit).put("/api/v1/buildings/" + ids[1]).then().statusCode(200);
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("siteId", ids[0], "street", "Lost", "number", "1",
                "postcode", "1180", "commune", "UCCLE")).put("/api/v1/buildings/" + ids[1])
                .then().statusCode(412);
        as(ADMIN).get("/api/v1/buildings/" + ids[1]).then().body("street", equalTo("Rue Joseph Bens"));
    }

    private static void assertNoSiteNamed(String name) {
        as(ADMIN).queryParam("q", name).get("/api/v1/sites").then().statusCode(200)
                .body("items.name", not(hasItem(name)));
    }
}
