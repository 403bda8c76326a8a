package be.hestia.casefile;

import static be.hestia.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CaseFileTest {

    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final String SW2 = Users.SOCIAL_WORKER_2_BINHOME;
    private static final String MANAGER = Users.MANAGER_BINHOME;

    private static String openFile(String user, String household) {
        return as(user).body(Map.of("householdId", household, "requestSource", "tenant",
                "requestDetail", "Arriérés de loyer depuis mars", "themes", List.of("rent-arrears", "energy")))
                .post("/api/v1/case-files").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> entry(String summary, String note, String visibility) {
        return Map.of("kind", "home-visit", "occurredAt", "2026-11-20T10:00:00+01:00", "summary", summary,
                "note", note, "visibility", visibility, "participants", "Mme et M.");
    }

    @Test
    void theFileGoesToTheSitesReferentAndFollowsItsLifecycle() {
        String sw = Households.subject(SW);
        String household = Households.householdOnSiteOf(sw, Places.uniqueName("Dubois"));
        String file = openFile(SW2, household);
        as(SW).get("/api/v1/case-files/" + file).then().statusCode(200)
                .body("referent.id", equalTo(sw)).body("status", equalTo("open"))
                .body("themes", contains("rent-arrears", "energy"));
        as(SW).body(entry("Visite", "Plan d'apurement proposé", "service"))
                .post("/api/v1/case-files/" + file + "/entries").then().statusCode(201);
        as(SW).get("/api/v1/case-files/" + file).then().body("status", equalTo("active"));
        long version = as(SW).get("/api/v1/case-files/" + file).then().extract().jsonPath().getLong("version");
        as(SW).header("If-Match", "\"" + version + "\"").body(Map.of("to", "closed"))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(400)
                .body("violations.field", contains("reason"));
        as(SW).header("If-Match", "\"" + version + "\"").body(Map.of("to", "closed", "reason", "Plan respecté"))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(200)
                .body("status", equalTo("closed")).body("closingReason", equalTo("Plan respecté"));
        as(SW).header("If-Match", "\"" + (version + 1) + "\"").body(Map.of("to", "open"))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(200)
                .body("status", equalTo("open"))
                .body("transitions.to", contains("open", "active", "closed", "open"));
        as(Users.FIELD_AGENT_BINHOME).get("/api/v1/households/" + household).then()
                .body("socialFollowUp.active", equalTo(true))
                .body("socialFollowUp.referent.id", equalTo(sw))
                .body(not(containsString("Arriérés")));
    }

    @Test
    void aPrivateNoteNeverReachesAnyoneButItsAuthor() {
        String sw = Households.subject(SW);
        String household = Households.householdOnSiteOf(sw, Places.uniqueName("Martin"));
        String file = openFile(SW, household);
        String secret = "SECRET-" + Places.uniqueName("note");
        String privateEntry = as(SW).body(entry("Visite privée", secret, "private"))
                .post("/api/v1/case-files/" + file + "/entries").then().statusCode(201).extract().path("id");
        as(SW).body(entry("Appel", "note de service", "service")).post("/api/v1/case-files/" + file + "/entries")
                .then().statusCode(201);

        as(SW).get("/api/v1/case-files/" + file + "/entries").then().body("items.note", hasItem(secret));
        for (String other : List.of(MANAGER, SW2)) {
            Response timeline = as(other).header("Hestia-Access-Reason", "Remplacement pendant un congé")
                    .get("/api/v1/case-files/" + file + "/entries");
            timeline.then().statusCode(200).body("page.totalItems", equalTo(1));
            org.assertj.core.api.Assertions.assertThat(timeline.asString()).doesNotContain(secret);
            as(other).get("/api/v1/case-files/" + file + "/entries/" + privateEntry).then().statusCode(404);
        }
        for (String path : List.of("/api/v1/case-files?householdId=" + household, "/api/v1/households/" + household,
                "/api/v1/households?q=" + secret)) {
            org.assertj.core.api.Assertions.assertThat(as(MANAGER).get(path).asString()).doesNotContain(secret);
        }
        // The author can make it a service note later.
        as(SW).header("If-Match", "\"0\"").body(entry("Visite privée", secret, "service"))
                .put("/api/v1/case-files/" + file + "/entries/" + privateEntry).then().statusCode(200);
        as(MANAGER).get("/api/v1/case-files/" + file + "/entries").then().body("items.note", hasItem(secret));
    }

    @Test
    void caseContentNeverReachesRolesOutsideTheSocialService() {
        String household = Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName("Claes"));
        String file = openFile(SW, household);
        for (String user : List.of(Users.FIELD_AGENT_BINHOME, Users.RENOVATION_WORKER_BINHOME,
                Users.COLLECTIVE_WORKER_BINHOME, Users.ADMIN_BINHOME, Users.DPO_BINHOME, Users.SLRB_ANALYST,
                Users.PCS_COORDINATOR)) {
            as(user).get("/api/v1/case-files/" + file).then().statusCode(403);
            as(user).get("/api/v1/case-files/" + file + "/entries").then().statusCode(403);
            as(user).get("/api/v1/case-files").then().statusCode(403);
        }
        as(Users.SOCIAL_WORKER_LLB).header("Hestia-Access-Reason", "x").get("/api/v1/case-files/" + file)
                .then().statusCode(404);
        as(Users.SOCIAL_WORKER_LLB).get("/api/v1/case-files?householdId=" + household)
                .then().body("page.totalItems", equalTo(0));
    }

    @Test
    void aColleaguesFileInASocialWorkersListShowsThatItExistsButNotItsThemesAndLeavesNoTrace() {
        String sw = Households.subject(SW);
        String household = Households.householdOnSiteOf(sw, Places.uniqueName("Needtoknow"));
        String file = openFile(SW, household);
        int logged = accessLogLinesAbout(household);

        as(SW2).queryParam("householdId", household).get("/api/v1/case-files").then().statusCode(200)
                .body("items.id", contains(file))
                .body("items[0].restricted", equalTo(true))
                .body("items[0].referent.id", equalTo(sw))
                .body("items[0].status", equalTo("open"))
                .body("items[0].containsKey('themes')", equalTo(false));
        org.assertj.core.api.Assertions.assertThat(accessLogLinesAbout(household)).isEqualTo(logged);

        as(SW).queryParam("householdId", household).get("/api/v1/case-files").then().statusCode(200)
                .body("items[0].restricted", equalTo(false))
                .body("items[0].themes", contains("rent-arrears", "energy"));
        as(MANAGER).queryParam("householdId", household).get("/api/v1/case-files").then().statusCode(200)
                .body("items[0].restricted", equalTo(false))
                .body("items[0].themes", contains("rent-arrears", "energy"));
        // The themes come with the file, behind the reason, and the read is logged.
        as(SW2).header("Hestia-Access-Reason", "Permanence du mardi").get("/api/v1/case-files/" + file).then()
                .statusCode(200).body("themes", contains("rent-arrears", "energy"));
        org.assertj.core.api.Assertions.assertThat(accessLogLinesAbout(household)).isEqualTo(logged + 1);
    }

    private static int accessLogLinesAbout(String household) {
        return as(Users.DPO_BINHOME).queryParam("householdId", household).get("/api/v1/access-log").then()
                .statusCode(200).extract().path("page.totalItems");
    }

    @Test
    void openingAFileOutsideOnesCaseloadNeedsAReasonOnceAndTheLogKeepsIt() {
        String household = Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName("Dupont"));
        String file = openFile(SW, household);
        as(SW2).get("/api/v1/case-files/" + file).then().statusCode(403)
                .body("code", equalTo("access-reason-required"));
        as(SW2).header("Hestia-Access-Reason", "Permanence: la locataire se présente").get("/api/v1/case-files/" + file)
                .then().statusCode(200);
        as(SW2).get("/api/v1/case-files/" + file).then().statusCode(200);
        as(SW).get("/api/v1/case-files/" + file).then().statusCode(200);

        String sw2 = Households.subject(SW2);
        as(Users.DPO_BINHOME).queryParam("householdId", household).queryParam("size", 100).get("/api/v1/access-log")
                .then().statusCode(200)
                .body("items.reason", hasItem("Permanence: la locataire se présente"))
                .body("items.findAll { it.actor.id == '" + sw2 + "' }.action", hasItem("read"))
                .body("items.action", hasItem("create"))
                .body("items[0].clientAddress", not(equalTo(null)));
        as(MANAGER).queryParam("actorId", sw2).get("/api/v1/access-log").then().statusCode(200)
                .body("items.reason", hasItem("Permanence: la locataire se présente"));
        as(SW).get("/api/v1/access-log").then().statusCode(403);
        as(Users.DPO_LLB).queryParam("householdId", household).get("/api/v1/access-log")
                .then().body("page.totalItems", equalTo(0));
    }

    @Test
    void whenTheHouseholdMovesTheFileIsHandedOverToTheNewReferent() {
        String sw = Households.subject(SW);
        String sw2 = Households.subject(SW2);
        String household = Households.householdOnSiteOf(sw, Places.uniqueName("Moves"));
        String file = openFile(SW, household);
        String[] newPlace = Places.siteWithDwelling(Users.ADMIN_BINHOME);
        as(Users.ADMIN_BINHOME).header("If-Match", "\"0\"").body(Map.of("referentSocialWorkerId", sw2))
                .put("/api/v1/sites/" + newPlace[0] + "/assignments").then().statusCode(200);
        long version = as(SW).get("/api/v1/households/" + household).then().extract().jsonPath().getLong("version");
        as(SW).header("If-Match", "\"" + version + "\"").body(Map.of("dwellingId", newPlace[2], "startDate", "2026-01-01"))
                .post("/api/v1/households/" + household + "/leases").then().statusCode(200);
        as(SW2).get("/api/v1/case-files/" + file).then().statusCode(200).body("referent.id", equalTo(sw2));
        // Stored language-neutral: who handed over to whom, no text of Hestia's own.
        as(SW2).get("/api/v1/case-files/" + file + "/entries").then()
                .body("items[0].kind", equalTo("handover"))
                .body("items[0].handover.from.id", equalTo(sw))
                .body("items[0].handover.to.id", equalTo(sw2))
                .body("items[0].summary", equalTo(""))
                .body("items[0].containsKey('note')", equalTo(false));
        as(SW2).queryParam("mine", true).queryParam("size", 100).get("/api/v1/case-files")
                .then().body("items.id", hasItem(file));
        // The log gives Hestia's reason as a code, shown in the reader's language, never as English text.
        as(Users.DPO_BINHOME).queryParam("householdId", household).queryParam("size", 100).get("/api/v1/access-log")
                .then().statusCode(200)
                .body("items.find { it.action == 'update' }.reasonCode", equalTo("handover-after-move"))
                .body("items.find { it.action == 'update' }.containsKey('reason')", equalTo(false));
    }

    @Test
    void twoWritersOfTheSameFileVersionCannotBothWin() {
        String household = Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName("Race"));
        String file = openFile(SW, household);
        as(SW).header("If-Match", "\"0\"").body(Map.of("to", "active")).post("/api/v1/case-files/" + file + "/transitions")
                .then().statusCode(200);
        as(MANAGER).header("If-Match", "\"0\"").body(Map.of("to", "closed", "reason", "x"))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(412);
        as(SW).get("/api/v1/case-files/" + file).then().body("status", equalTo("active"));
    }
}
