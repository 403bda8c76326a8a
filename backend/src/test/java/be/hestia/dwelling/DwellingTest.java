package be.hestia.dwelling;

import static be.hestia.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
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
    void aDwellingTellsWhoRentsItAndWhoDidOnlyToTheRolesThatWorkWithHouseholds() {
        String token = Places.uniqueName("").strip();
        String[] place = Places.siteWithDwelling(ADMIN);
        String dwelling = place[2];
        String elsewhere = Places.dwelling(ADMIN, place[1], "2.02");
        Places.dwelling(ADMIN, place[1], "3.03");
        as(ADMIN).get("/api/v1/dwellings/" + dwelling).then().body("occupied", equalTo(false));
        as(ADMIN).get("/api/v1/dwellings/" + dwelling + "/leases").then().statusCode(200).body("items", hasSize(0));

        String first = Households.household(ADMIN, "Anna", "First" + token, dwelling); // since 2020-01-01
        String etag = as(ADMIN).get("/api/v1/households/" + first).then().extract().header("ETag");
        as(ADMIN).header("If-Match", etag).body(Map.of("dwellingId", elsewhere, "startDate", "2024-06-01"))
                .post("/api/v1/households/" + first + "/leases").then().statusCode(200);
        String second = as(ADMIN).body(Map.of("members", List.of(Households.member("Bea", "Second" + token,
                "reference-tenant")), "lease", Map.of("dwellingId", dwelling, "startDate", "2024-07-01")))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");

        for (String reader : List.of(Users.FIELD_AGENT_BINHOME, Users.SOCIAL_WORKER_BINHOME, ADMIN)) {
            as(reader).get("/api/v1/dwellings/" + dwelling + "/leases").then().statusCode(200)
                    .body("items.household.id", contains(second, first))
                    .body("items.household.name", contains("Bea Second" + token, "Anna First" + token))
                    .body("items.startDate", contains("2024-07-01", "2020-01-01"))
                    .body("items[0].endDate", nullValue())
                    .body("items[1].endDate", equalTo("2024-05-31"));
        }
        // The DPO reads dwellings, not who lives in them: occupied, without a name.
        as(Users.DPO_BINHOME).get("/api/v1/dwellings/" + dwelling).then().statusCode(200).body("occupied", equalTo(true));
        as(Users.DPO_BINHOME).get("/api/v1/dwellings/" + dwelling + "/leases").then().statusCode(403);
        as(Users.ADMIN_LLB).get("/api/v1/dwellings/" + dwelling + "/leases").then().statusCode(404);

        as(ADMIN).queryParam("buildingId", place[1]).queryParam("occupancy", "vacant").get("/api/v1/dwellings")
                .then().body("items.unit", contains("3.03")).body("items[0].occupied", equalTo(false));
        as(ADMIN).queryParam("buildingId", place[1]).queryParam("occupancy", "occupied").get("/api/v1/dwellings")
                .then().body("items.unit", contains("1.01", "2.02"));
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
        // Within this test's site: the search forgives a typo, so another test's near-identical token could match too.
        as(ADMIN).queryParam("q", "3.02 " + token).queryParam("siteId", site).get("/api/v1/dwellings").then()
                .body("items.id", contains(studio));
        as(Users.ADMIN_LLB).queryParam("q", token).get("/api/v1/dwellings").then().body("page.totalItems", equalTo(0));
    }
}
