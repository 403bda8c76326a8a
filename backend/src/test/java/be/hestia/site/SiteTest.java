package be.hestia.site;

import static be.hestia.testsupport.Api.as;
import static be.hestia.testsupport.Api.invalidAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SiteTest {

    private static final String ADMIN = Users.ADMIN_BINHOME;

    @Test
    void adminCreatesASiteThatEveryStaffRoleOfTheOrganisationReads() {
        String name = Places.uniqueName("Akarova");
        var created = as(ADMIN).body(Map.of("name", name, "description", "Cité des années 30"))
                .post("/api/v1/sites")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/sites/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("organisationId", equalTo("BINHOME"))
                .body("buildingCount", equalTo(0))
                .extract();
        String id = created.path("id");
        for (String reader : Users.PLACE_READERS_BINHOME) {
            as(reader).get("/api/v1/sites/" + id).then().statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("description", equalTo("Cité des années 30"));
        }
    }

    @Test
    void anEditWithTheCurrentETagChangesTheSiteAndItsVersion() {
        String id = Places.site(ADMIN, Places.uniqueName("Merlo"));
        String renamed = Places.uniqueName("Merlo II");
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("name", renamed)).put("/api/v1/sites/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo(renamed));
        as(ADMIN).get("/api/v1/sites/" + id).then().body("name", equalTo(renamed)).body("version", equalTo(1));
    }

    @Test
    void aStaleEditAnswers412AndTheFirstWritersChangeSurvives() {
        String id = Places.site(ADMIN, Places.uniqueName("Stale"));
        String first = Places.uniqueName("First");
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("name", first)).put("/api/v1/sites/" + id)
                .then().statusCode(200);
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("name", Places.uniqueName("Second")))
                .put("/api/v1/sites/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("precondition-failed"));
        as(ADMIN).get("/api/v1/sites/" + id).then().body("name", equalTo(first)).body("version", equalTo(1));
    }

    @Test
    void twoSimultaneousEditsOfTheSameVersionLetExactlyOneThrough() throws Exception {
        String id = Places.site(ADMIN, Places.uniqueName("Race"));
        List<String> names = List.of(Places.uniqueName("Writer A"), Places.uniqueName("Writer B"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (String name : names) {
                writers.add(() -> as(ADMIN).header("If-Match", "\"0\"").body(Map.of("name", name))
                        .put("/api/v1/sites/" + id).then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(writers)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            String winner = names.get(statuses.indexOf(200));
            as(ADMIN).get("/api/v1/sites/" + id).then().body("name", equalTo(winner)).body("version", equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEditWithoutIfMatchAnswers428() {
        String id = Places.site(ADMIN, Places.uniqueName("NoMatch"));
        invalidAs(ADMIN).body(Map.of("name", "X")).put("/api/v1/sites/" + id)
                .then().statusCode(428).body("code", equalTo("precondition-required"));
        as(ADMIN).get("/api/v1/sites/" + id).then().body("version", equalTo(0));
    }

    @Test
    void twoActiveSitesCannotShareAName() {
        String name = Places.uniqueName("Twin");
        Places.site(ADMIN, name);
        as(ADMIN).body(Map.of("name", name.toUpperCase())).post("/api/v1/sites")
                .then().statusCode(409).body("code", equalTo("site-name-taken"));
        // Another organisation may use the same name.
        Places.site(Users.ADMIN_LLB, name);
    }

    @Test
    void aSiteIsRetiredOnlyOnceItsBuildingsAreAndThenLeavesTheDefaultList() {
        String[] ids = Places.siteWithDwelling(ADMIN);
        String site = ids[0];
        as(ADMIN).header("If-Match", "\"0\"").delete("/api/v1/sites/" + site)
                .then().statusCode(409).body("code", equalTo("site-has-active-buildings"));
        as(ADMIN).header("If-Match", "\"0\"").delete("/api/v1/buildings/" + ids[1])
                .then().statusCode(409).body("code", equalTo("building-has-active-dwellings"));
        as(ADMIN).header("If-Match", "\"0\"").delete("/api/v1/dwellings/" + ids[2]).then().statusCode(204);
        as(ADMIN).header("If-Match", "\"0\"").delete("/api/v1/buildings/" + ids[1]).then().statusCode(204);
        as(ADMIN).header("If-Match", "\"0\"").delete("/api/v1/sites/" + site).then().statusCode(204);

        as(ADMIN).get("/api/v1/sites/" + site).then().statusCode(200).body("retiredAt", not(equalTo(null)))
                .body("version", equalTo(1));
        as(ADMIN).queryParam("size", 100).get("/api/v1/sites").then().body("items.id", not(hasItem(site)));
        as(ADMIN).queryParam("status", "retired").queryParam("size", 100).get("/api/v1/sites")
                .then().body("items.id", hasItem(site));
        as(ADMIN).header("If-Match", "\"1\"").body(Map.of("name", "Back")).put("/api/v1/sites/" + site)
                .then().statusCode(409).body("code", equalTo("record-retired"));
    }

    @Test
    void searchIgnoresCaseAccentsAndStreetAbbreviations() {
        String token = "Zq" + Places.uniqueName("").strip();
        String site = Places.site(ADMIN, "Homborch " + token);
        as(ADMIN).body(Map.of("siteId", site, "street", "Chaussée de Neerstalle", "number", "421", "postcode", "1180",
                "commune", "UCCLE")).post("/api/v1/buildings").then().statusCode(201);

        for (String query : List.of("homborch " + token, "HOMBORCH " + token.toLowerCase(),
                "Chée de Neerstalle " + token, "chaussee neerstalle " + token, "uccle " + token, "Ukkel " + token,
                "Hômbörch " + token)) {
            as(ADMIN).queryParam("q", query).get("/api/v1/sites")
                    .then().statusCode(200).body("items.id", contains(site));
        }
        as(ADMIN).queryParam("q", "Ixelles " + token).get("/api/v1/sites").then().body("items", equalTo(List.of()));
    }

    @Test
    void theListFiltersByCommuneSortsAndPages() {
        String token = "Pg" + Places.uniqueName("").strip();
        List<String> names = List.of("A " + token, "B " + token, "C " + token);
        for (String name : names) {
            String site = Places.site(ADMIN, name);
            Places.building(ADMIN, site, "Rue du Merlo", "2");
        }
        as(ADMIN).queryParam("q", token).queryParam("size", 2).queryParam("sort", "-name").get("/api/v1/sites")
                .then().statusCode(200)
                .body("items.name", contains(names.get(2), names.get(1)))
                .body("page.totalItems", equalTo(3))
                .body("page.totalPages", equalTo(2));
        as(ADMIN).queryParam("q", token).queryParam("size", 2).queryParam("page", 1).get("/api/v1/sites")
                .then().body("items.name", contains(names.get(2)));
        as(ADMIN).queryParam("q", token).queryParam("commune", "UCCLE").get("/api/v1/sites")
                .then().body("items", org.hamcrest.Matchers.hasSize(3))
                .body("items[0].communes", contains("UCCLE"))
                .body("items[0].buildingCount", equalTo(1));
        as(ADMIN).queryParam("q", token).queryParam("commune", "IXELLES").get("/api/v1/sites")
                .then().body("page.totalItems", equalTo(0));
    }

    @Test
    void anotherOrganisationsSitesNeverAppearInTheList() {
        String name = Places.uniqueName("Querelle");
        String llbSite = Places.site(Users.ADMIN_LLB, name);
        as(ADMIN).queryParam("q", name).get("/api/v1/sites").then().body("page.totalItems", equalTo(0));
        as(Users.SOCIAL_WORKER_LLB).queryParam("q", name).get("/api/v1/sites").then().body("items.id", contains(llbSite));
    }
}
