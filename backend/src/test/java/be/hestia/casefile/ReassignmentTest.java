package be.hestia.casefile;

import static be.hestia.testsupport.Api.as;
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

/**
 * Who follows a file: the service manager gives it to another worker, a site's new referent takes its files when the
 * admin says so, and a household moving to a site without a referent shows in the manager's alerts.
 */
@QuarkusTest
class ReassignmentTest {

    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final String SW2 = Users.SOCIAL_WORKER_2_BINHOME;
    private static final String MANAGER = Users.MANAGER_BINHOME;
    private static final String ADMIN = Users.ADMIN_BINHOME;

    private static String openFile(String household) {
        return as(SW).body(Map.of("householdId", household, "requestSource", "tenant", "themes", List.of("energy")))
                .post("/api/v1/case-files").then().statusCode(201).extract().path("id");
    }

    private static long version(String user, String path) {
        return as(user).get(path).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static void moveTo(String household, String dwelling) {
        long version = version(SW, "/api/v1/households/" + household);
        as(SW).header("If-Match", "\"" + version + "\"").body(Map.of("dwellingId", dwelling, "startDate", "2026-02-01"))
                .post("/api/v1/households/" + household + "/leases").then().statusCode(200);
    }

    private static void assignReferent(String site, String referent, Boolean moveOpenFiles) {
        long version = version(ADMIN, "/api/v1/sites/" + site);
        Map<String, Object> body = moveOpenFiles == null ? Map.of("referentSocialWorkerId", referent)
                : Map.of("referentSocialWorkerId", referent, "moveOpenFiles", moveOpenFiles);
        as(ADMIN).header("If-Match", "\"" + version + "\"").body(body)
                .put("/api/v1/sites/" + site + "/assignments").then().statusCode(200);
    }

    private static void assertHandover(String file, String from, String to, String reason) {
        as(MANAGER).get("/api/v1/case-files/" + file + "/entries").then().statusCode(200)
                .body("items[0].kind", equalTo("handover"))
                .body("items[0].handover.from.id", equalTo(from))
                .body("items[0].handover.to.id", equalTo(to))
                .body("items[0].handover.reason", equalTo(reason))
                .body("items[0].summary", equalTo(""));
    }

    @Test
    void theManagerGivesAFileToAnotherWorkerWithAHandoverEntry() {
        String sw = Households.subject(SW);
        String sw2 = Households.subject(SW2);
        String household = Households.householdOnSiteOf(sw, Places.uniqueName("Given"));
        String file = openFile(household);

        as(MANAGER).header("If-Match", "\"0\"").body(Map.of("referentId", sw2))
                .put("/api/v1/case-files/" + file + "/referent").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("referent.id", equalTo(sw2));
        assertHandover(file, sw, sw2, "reassigned");
        // The household's subject-access export says why, without a word of Hestia's own in the entry.
        as(Users.DPO_BINHOME).header("Hestia-Access-Reason", "Demande d'accès")
                .get("/api/v1/data-protection/households/" + household + "/export").then().statusCode(200)
                .body("caseFiles[0].entries.find { it.kind == 'handover' }.handoverReason", equalTo("reassigned"));
        as(SW2).queryParam("mine", true).queryParam("size", 100).get("/api/v1/case-files").then()
                .body("items.id", hasItem(file));
        // A stale version is refused; so is someone who is not a social worker.
        as(MANAGER).header("If-Match", "\"0\"").body(Map.of("referentId", sw))
                .put("/api/v1/case-files/" + file + "/referent").then().statusCode(412);
        as(MANAGER).header("If-Match", "\"1\"").body(Map.of("referentId", Households.subject(MANAGER)))
                .put("/api/v1/case-files/" + file + "/referent").then().statusCode(400)
                .body("violations[0].field", equalTo("referentId"));
    }

    @Test
    void aSocialWorkerCannotGiveAFileAway() {
        String sw = Households.subject(SW);
        String sw2 = Households.subject(SW2);
        String file = openFile(Households.householdOnSiteOf(sw, Places.uniqueName("Kept")));
        as(SW).header("If-Match", "\"0\"").body(Map.of("referentId", sw2))
                .put("/api/v1/case-files/" + file + "/referent").then().statusCode(403);
        as(Users.MANAGER_LLB).header("If-Match", "\"0\"").body(Map.of("referentId", sw2))
                .put("/api/v1/case-files/" + file + "/referent").then().statusCode(404);
        as(MANAGER).get("/api/v1/case-files/" + file).then().body("referent.id", equalTo(sw));
    }

    @Test
    void aNewSiteReferentTakesTheOpenFilesOnlyWhenAskedTo() {
        String sw = Households.subject(SW);
        String sw2 = Households.subject(SW2);
        String[] kept = Places.siteWithDwelling(ADMIN);
        assignReferent(kept[0], sw, null);
        String keptFile = openFile(Households.household(ADMIN, "Marie", Places.uniqueName("Stays"), kept[2]));
        as(ADMIN).get("/api/v1/sites/" + kept[0]).then().body("openCaseFiles", equalTo(1));
        assignReferent(kept[0], sw2, false);
        as(MANAGER).get("/api/v1/case-files/" + keptFile).then().body("referent.id", equalTo(sw));

        String[] moved = Places.siteWithDwelling(ADMIN);
        assignReferent(moved[0], sw, null);
        String movedFile = openFile(Households.household(ADMIN, "Marie", Places.uniqueName("Follows"), moved[2]));
        assignReferent(moved[0], sw2, true);
        as(MANAGER).get("/api/v1/case-files/" + movedFile).then().body("referent.id", equalTo(sw2));
        assertHandover(movedFile, sw, sw2, "site-referent-changed");
        as(ADMIN).get("/api/v1/sites/" + moved[0]).then().body("openCaseFiles", equalTo(1));
    }

    @Test
    void aHouseholdMovingToASiteWithoutAReferentShowsInTheManagersAlertsUntilOneIsSet() {
        String sw = Households.subject(SW);
        String sw2 = Households.subject(SW2);
        String household = Households.householdOnSiteOf(sw, Places.uniqueName("Alerted"));
        String file = openFile(household);
        String[] orphan = Places.siteWithDwelling(ADMIN);
        moveTo(household, orphan[2]);

        as(MANAGER).get("/api/v1/case-files/" + file).then().body("referent.id", equalTo(sw));
        as(MANAGER).get("/api/v1/caseload-alerts").then().statusCode(200)
                .body("items.find { it.caseFileId == '" + file + "' }.kind", equalTo("site-without-referent"))
                .body("items.find { it.caseFileId == '" + file + "' }.siteId", equalTo(orphan[0]))
                .body("items.find { it.caseFileId == '" + file + "' }.referent.id", equalTo(sw));
        as(SW).get("/api/v1/caseload-alerts").then().statusCode(403);
        as(Users.MANAGER_LLB).get("/api/v1/caseload-alerts").then().body("items.caseFileId", not(hasItem(file)));

        // The site gets a referent and the admin moves its files: the alert goes, the file follows.
        as(ADMIN).get("/api/v1/sites/" + orphan[0]).then().body("openCaseFiles", equalTo(1));
        assignReferent(orphan[0], sw2, true);
        as(MANAGER).get("/api/v1/caseload-alerts").then().body("items.caseFileId", not(hasItem(file)));
        as(MANAGER).get("/api/v1/case-files/" + file).then().body("referent.id", equalTo(sw2));
        assertHandover(file, sw, sw2, "site-referent-changed");
    }

    @Test
    void anAlertGoesWhenTheFileIsGivenToSomeone() {
        String sw = Households.subject(SW);
        String sw2 = Households.subject(SW2);
        String household = Households.householdOnSiteOf(sw, Places.uniqueName("Given away"));
        String file = openFile(household);
        String[] orphan = Places.siteWithDwelling(ADMIN);
        moveTo(household, orphan[2]);
        as(MANAGER).get("/api/v1/caseload-alerts").then().body("items.caseFileId", hasItem(file));

        long version = version(MANAGER, "/api/v1/case-files/" + file);
        as(MANAGER).header("If-Match", "\"" + version + "\"").body(Map.of("referentId", sw2))
                .put("/api/v1/case-files/" + file + "/referent").then().statusCode(200);
        as(MANAGER).get("/api/v1/caseload-alerts").then().body("items.caseFileId", not(hasItem(file)));
    }

    @Test
    void settingAReferentWithoutMovingFilesStillEndsTheAlert() {
        String sw = Households.subject(SW);
        String sw2 = Households.subject(SW2);
        String household = Households.householdOnSiteOf(sw, Places.uniqueName("Waits"));
        String file = openFile(household);
        String[] orphan = Places.siteWithDwelling(ADMIN);
        moveTo(household, orphan[2]);
        assignReferent(orphan[0], sw2, false);
        as(MANAGER).get("/api/v1/caseload-alerts").then().body("items.caseFileId", not(hasItem(file)));
        as(MANAGER).get("/api/v1/case-files/" + file).then().body("referent.id", equalTo(sw));
    }
}
