package be.hestia.staff;

import static be.hestia.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StaffTest {

    @Test
    void meTellsTheCallersOrganisationAndRoles() {
        as(Users.SOCIAL_WORKER_BINHOME).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("sw-binhome"))
                .body("displayName", equalTo("Amélie Dubois"))
                .body("organisation.id", equalTo("BINHOME"))
                .body("organisation.nameFr", equalTo("BinHôme"))
                .body("roles", contains("social-worker"));
        as(Users.SLRB_ANALYST).get("/api/v1/me").then().statusCode(200)
                .body("organisation", equalTo(null))
                .body("roles", contains("slrb-analyst"));
    }

    @Test
    void staffAreRecordedAtTheirFirstCallAndListedToTheirOrganisationsAdmin() {
        as(Users.COLLECTIVE_WORKER_BINHOME).get("/api/v1/communes").then().statusCode(200);
        as(Users.SOCIAL_WORKER_LLB).get("/api/v1/me").then().statusCode(200);
        as(Users.ADMIN_BINHOME).queryParam("role", "collective-worker").get("/api/v1/staff").then().statusCode(200)
                .body("items.username", hasItem("collective-binhome"))
                .body("items.roles", everyItem(hasItem("collective-worker")));
        as(Users.ADMIN_BINHOME).queryParam("size", 100).get("/api/v1/staff").then()
                .body("items.username", not(hasItem("sw-llb")));
        as(Users.MANAGER_BINHOME).queryParam("q", "ines martin").get("/api/v1/staff").then()
                .body("items.username", contains("collective-binhome"));
    }

    @Test
    void adminAssignsTheReferentAndCollectiveWorkerOfASite() {
        String sw = as(Users.SOCIAL_WORKER_BINHOME).get("/api/v1/me").then().extract().path("subject");
        String cw = as(Users.COLLECTIVE_WORKER_BINHOME).get("/api/v1/me").then().extract().path("subject");
        String site = Places.site(Users.ADMIN_BINHOME, Places.uniqueName("Assigned"));
        as(Users.ADMIN_BINHOME).header("If-Match", "\"0\"")
                .body(Map.of("referentSocialWorkerId", sw, "collectiveWorkerId", cw))
                .put("/api/v1/sites/" + site + "/assignments").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("referentSocialWorker.displayName", equalTo("Amélie Dubois"))
                .body("collectiveWorker.displayName", equalTo("Inès Martin"));
        as(Users.FIELD_AGENT_BINHOME).get("/api/v1/sites/" + site).then()
                .body("referentSocialWorker.id", equalTo(sw));
    }

    @Test
    void onlyAStaffMemberOfTheOrganisationWithTheRightRoleCanBeAssigned() {
        String cw = as(Users.COLLECTIVE_WORKER_BINHOME).get("/api/v1/me").then().extract().path("subject");
        String llbWorker = as(Users.SOCIAL_WORKER_LLB).get("/api/v1/me").then().extract().path("subject");
        String site = Places.site(Users.ADMIN_BINHOME, Places.uniqueName("Wrong"));
        as(Users.ADMIN_BINHOME).header("If-Match", "\"0\"").body(Map.of("referentSocialWorkerId", cw))
                .put("/api/v1/sites/" + site + "/assignments").then().statusCode(400)
                .body("violations.field", contains("referentSocialWorkerId"));
        as(Users.ADMIN_BINHOME).header("If-Match", "\"0\"").body(Map.of("referentSocialWorkerId", llbWorker))
                .put("/api/v1/sites/" + site + "/assignments").then().statusCode(400);
        as(Users.ADMIN_BINHOME).get("/api/v1/sites/" + site).then().body("version", equalTo(0))
                .body("referentSocialWorker", equalTo(null));
    }
}
