package be.hestia.dwelling;

import static be.hestia.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DwellingTest {

    private static final String ADMIN = Users.ADMIN_BINHOME;

    @Test
    void aDwellingShowsItsAddressAndSiteAndIsEditedWithItsETag() {
        String site = Places.site(ADMIN, Places.uniqueName("Neerstalle"));
        String building = Places.building(ADMIN, site, "Chaussée de Neerstalle", "421");
        String dwelling = Places.dwelling(ADMIN, building, "0.01");
        as(Users.FIELD_AGENT_BINHOME).get("/api/v1/dwellings/" + dwelling).then().statusCode(200)
                .body("address", equalTo("Chaussée de Neerstalle 421, 1180"))
                .body("commune", equalTo("UCCLE"))
                .body("siteId", equalTo(site));
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("buildingId", building, "unit", "0.01", "floor", 0,
                "bedrooms", 3, "type", "adapted")).put("/api/v1/dwellings/" + dwelling)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("type", equalTo("adapted"))
                .body("bedrooms", equalTo(3));
    }

    @Test
    void twoActiveDwellingsOfABuildingCannotShareAUnitNumber() {
        String site = Places.site(ADMIN, Places.uniqueName("Units"));
        String building = Places.building(ADMIN, site, "Rue du Merlo", "2");
        String first = Places.dwelling(ADMIN, building, "A.1");
        as(ADMIN).body(Map.of("buildingId", building, "unit", "a.1", "floor", 1, "bedrooms", 1, "type", "studio"))
                .post("/api/v1/dwellings").then().statusCode(409).body("code", equalTo("dwelling-unit-taken"));
        as(ADMIN).header("If-Match", "\"0\"").delete("/api/v1/dwellings/" + first).then().statusCode(204);
        Places.dwelling(ADMIN, building, "A.1");
    }

    @Test
    void dwellingsAreFoundByUnitAddressAndTypeWithinTheirBuilding() {
        String token = "Dw" + Places.uniqueName("").strip();
        String site = Places.site(ADMIN, token);
        String building = Places.building(ADMIN, site, "Chaussée de Neerstalle", "423");
        String studio = as(ADMIN).body(Map.of("buildingId", building, "unit", "3.02", "floor", 3, "bedrooms", 0,
                "type", "studio")).post("/api/v1/dwellings").then().statusCode(201).extract().path("id");
        Places.dwelling(ADMIN, building, "1.01");
        as(ADMIN).queryParam("q", "Chée Neerstalle 423 " + token).queryParam("sort", "-floor").get("/api/v1/dwellings")
                .then().statusCode(200).body("items.unit", contains("3.02", "1.01"));
        as(ADMIN).queryParam("buildingId", building).queryParam("type", "studio").get("/api/v1/dwellings")
                .then().body("items.id", contains(studio));
        as(ADMIN).queryParam("q", "3.02 " + token).get("/api/v1/dwellings").then().body("items.id", contains(studio));
        as(Users.ADMIN_LLB).queryParam("q", token).get("/api/v1/dwellings").then().body("page.totalItems", equalTo(0));
    }
}
