package be.hestia.building;

import static be.hestia.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BuildingTest {

    private static final String ADMIN = Users.ADMIN_BINHOME;

    @Test
    void buildingsAreListedBySiteAndCommuneAndCountTheirDwellings() {
        String token = "Bd" + Places.uniqueName("").strip();
        String site = Places.site(ADMIN, token);
        String uccle = Places.building(ADMIN, site, "Avenue du Homborch", "36");
        String ixelles = as(ADMIN).body(Map.of("siteId", site, "name", "Bloc C", "street", "Rue du Sceptre",
                "number", "41", "postcode", "1050", "commune", "IXELLES")).post("/api/v1/buildings")
                .then().statusCode(201).body("siteName", equalTo(token)).extract().path("id");
        Places.dwelling(ADMIN, uccle, "1.01");
        Places.dwelling(ADMIN, uccle, "1.02");

        as(Users.COLLECTIVE_WORKER_BINHOME).queryParam("siteId", site).queryParam("sort", "postcode")
                .get("/api/v1/buildings").then().statusCode(200)
                .body("items.id", contains(ixelles, uccle))
                .body("items.dwellingCount", contains(0, 2));
        as(ADMIN).queryParam("siteId", site).queryParam("commune", "UCCLE").get("/api/v1/buildings")
                .then().body("items.id", contains(uccle));
        as(ADMIN).queryParam("q", "elsene " + token).get("/api/v1/buildings").then().body("items.id", contains(ixelles));
        as(ADMIN).get("/api/v1/sites/" + site).then().body("communes", contains("IXELLES", "UCCLE"))
                .body("buildingCount", equalTo(2)).body("dwellingCount", equalTo(2));
    }

    @Test
    void aBuildingMovesToAnotherSiteOfTheOrganisationOnly() {
        String from = Places.site(ADMIN, Places.uniqueName("From"));
        String to = Places.site(ADMIN, Places.uniqueName("To"));
        String building = Places.building(ADMIN, from, "Rue Joseph Bens", "40");
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("siteId", to, "street", "Rue Joseph Bens", "number", "40",
                "postcode", "1180", "commune", "UCCLE")).put("/api/v1/buildings/" + building)
                .then().statusCode(200).body("siteId", equalTo(to));
        as(ADMIN).get("/api/v1/sites/" + from).then().body("buildingCount", equalTo(0));
    }
}
