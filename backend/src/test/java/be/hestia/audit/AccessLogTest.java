package be.hestia.audit;

import static be.hestia.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Documents;
import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The access log as people read it: one row per user action (however many calls its page made),
 * the names of the household and the case file, the household filter, the CSV export in the
 * caller's language that is itself logged, and never another organisation's lines.
 */
@QuarkusTest
class AccessLogTest {

    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final String DPO = Users.DPO_BINHOME;
    private static final String ACTION = AccessLog.USER_ACTION_HEADER;

    /** A household of SW's caseload, named Marie {@code lastName}, with one open case file and its reference. */
    private record Fixture(String household, String file, String name, String reference) {
        static Fixture create(String prefix) {
            String lastName = Places.uniqueName(prefix);
            String household = Households.householdOnSiteOf(Households.subject(SW), lastName);
            io.restassured.path.json.JsonPath file = as(SW).body(Map.of("householdId", household, "requestSource",
                    "tenant", "themes", List.of("energy"))).post("/api/v1/case-files").then().statusCode(201).extract()
                    .jsonPath();
            assertThat(file.getString("reference")).matches("\\d{4}-\\d{4,}");
            return new Fixture(household, file.getString("id"), "Marie " + lastName, file.getString("reference"));
        }
    }

    private static RequestSpecification inAction(String user, String action) {
        return as(user).header(ACTION, action);
    }

    /** What the case-file page reads when it opens: five calls under one user action. */
    private static void openFilePage(String user, String file, String action) {
        String path = "/api/v1/case-files/" + file;
        inAction(user, action).get(path).then().statusCode(200);
        inAction(user, action).get(path + "/entries").then().statusCode(200);
        inAction(user, action).get(path + "/attachments").then().statusCode(200);
        inAction(user, action).get(path + "/referrals").then().statusCode(200);
        inAction(user, action).get(path + "/tasks").then().statusCode(200);
    }

    private static Response logAbout(String user, String household) {
        return as(user).queryParam("householdId", household).queryParam("size", 100).get("/api/v1/access-log");
    }

    @Test
    void aPageViewIsOneRowThatNamesTheHouseholdAndTheFileAndListsEverythingItRead() {
        Fixture fixture = Fixture.create("Onepage");
        String page = UUID.randomUUID().toString();
        openFilePage(SW, fixture.file(), page);
        // A second view of the same page is another user action: another row.
        openFilePage(SW, fixture.file(), UUID.randomUUID().toString());

        String today = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();
        logAbout(DPO, fixture.household()).then().statusCode(200)
                // The creation (no user action) and two page views.
                .body("page.totalItems", equalTo(3))
                .body("items.action", contains("read", "read", "create"))
                .body("items.household.name", everyItemIs(fixture.name()))
                .body("items.household.anonymised", everyItemIs(false))
                .body("items.caseFile.id", everyItemIs(fixture.file()))
                .body("items.caseFile.openedOn", everyItemIs(today))
                .body("items.caseFile.reference", everyItemIs(fixture.reference()))
                .body("items[0].actor.displayName", equalTo("Amélie Dubois"))
                .body("items[0].accesses.recordType",
                        contains("case-file", "case-timeline", "case-attachments", "referral", "task"))
                .body("items[0].accesses.action", everyItemIs("read"))
                .body("items[0].accesses.count", everyItemIs(1))
                .body("items[2].accesses.recordType", contains("case-file"));
    }

    private static org.hamcrest.Matcher<?> everyItemIs(Object value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void aDocumentDownloadedDuringAPageViewStaysVisibleInItsRow() {
        Fixture fixture = Fixture.create("Download");
        String path = "/api/v1/case-files/" + fixture.file() + "/attachments";
        String attachment = as(SW).contentType("application/octet-stream").body(Documents.PDF)
                .queryParam("fileName", "Bail.pdf").post(path).then().statusCode(201).extract().path("id");
        String page = UUID.randomUUID().toString();
        openFilePage(SW, fixture.file(), page);
        inAction(SW, page).get(path + "/" + attachment + "/content").then().statusCode(200);
        inAction(SW, page).get(path + "/" + attachment + "/content").then().statusCode(200);

        logAbout(DPO, fixture.household()).then().statusCode(200)
                .body("items[0].accesses.recordType", hasItem("attachment"))
                .body("items[0].accesses.find { it.recordType == 'attachment' }.count", equalTo(2))
                .body("items.accesses.flatten().findAll { it.recordType == 'attachment' }.action",
                        contains("read", "create"));
    }

    @Test
    void theHouseholdFilterShowsThatHouseholdOnlyAndAnotherOrganisationSeesNothing() {
        Fixture one = Fixture.create("Filterone");
        Fixture other = Fixture.create("Filtertwo");
        openFilePage(SW, one.file(), UUID.randomUUID().toString());
        openFilePage(SW, other.file(), UUID.randomUUID().toString());

        logAbout(DPO, one.household()).then().statusCode(200)
                .body("items.householdId", everyItemIs(one.household()))
                .body("items.household.name", not(hasItem(other.name())));
        // The same user action on two households' records gives a row for each.
        String action = UUID.randomUUID().toString();
        inAction(SW, action).get("/api/v1/case-files/" + one.file()).then().statusCode(200);
        inAction(SW, action).get("/api/v1/case-files/" + other.file()).then().statusCode(200);
        logAbout(DPO, other.household()).then().statusCode(200)
                .body("items[0].household.name", equalTo(other.name()))
                .body("items[0].accesses", hasSize(1));

        logAbout(Users.DPO_LLB, one.household()).then().statusCode(200).body("page.totalItems", equalTo(0));
        String llbExport = as(Users.DPO_LLB).header("Accept-Language", "fr").get("/api/v1/access-log/export").then()
                .statusCode(200).extract().asString();
        assertThat(llbExport).doesNotContain(one.name()).doesNotContain(other.name()).doesNotContain("Amélie Dubois");
    }

    @Test
    void theExportIsACsvInTheCallersLanguageAndIsItselfLogged() throws Exception {
        Fixture fixture = Fixture.create("Export");
        openFilePage(SW, fixture.file(), UUID.randomUUID().toString());

        String csv = as(DPO).header("Accept-Language", "nl-BE,nl;q=0.9").queryParam("householdId", fixture.household())
                .get("/api/v1/access-log/export").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"hestia-access-log-BINHOME-"))
                .extract().asString();
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> lines = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(lines.get(0).toList()).containsExactly("Datum en uur", "Persoon", "Gezin", "Dossier",
                "Wat werd geraadpleegd of gewijzigd", "Reden van toegang", "IP-adres");
        // The page view and the creation: the export's own line is written before, and is the newest.
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1).get(4)).isEqualTo("Export: toegangslogboek");
        assertThat(lines.get(2).toList()).contains("Amélie Dubois", fixture.name(),
                "Raadpleging: sociaal dossier, tijdlijn van het dossier, documenten van het dossier, "
                        + "doorverwijzingen, taken");
        assertThat(lines.get(2).get(3)).isEqualTo(fixture.reference());
        assertThat(lines.get(3).get(4)).isEqualTo("Aanmaak: sociaal dossier");

        String dpo = Households.subject(DPO);
        logAbout(DPO, fixture.household()).then().statusCode(200)
                .body("items[0].action", equalTo("export"))
                .body("items[0].recordType", equalTo("access-log"))
                .body("items[0].actor.id", equalTo(dpo))
                .body("items[0].caseFile", nullValue());

        String french = as(Users.MANAGER_BINHOME).header("Accept-Language", "fr")
                .queryParam("householdId", fixture.household()).get("/api/v1/access-log/export").then()
                .statusCode(200).extract().asString();
        assertThat(french).contains("Date et heure,Personne,Ménage,Dossier")
                .contains("Consultation\u00a0: dossier social, chronologie du dossier");
        as(SW).get("/api/v1/access-log/export").then().statusCode(403);
    }

    @Test
    void aSubjectAccessExportShowsOneEntryPerUserActionWithEverythingItRead() {
        Fixture fixture = Fixture.create("Subject");
        String page = UUID.randomUUID().toString();
        openFilePage(SW, fixture.file(), page);

        as(DPO).header("Hestia-Access-Reason", "Demande d'accès 2026-17")
                .get("/api/v1/data-protection/households/" + fixture.household() + "/export").then().statusCode(200)
                .body("accessLog.action", contains("create", "read", "export"))
                .body("accessLog[1].accesses.recordType",
                        contains("case-file", "case-timeline", "case-attachments", "referral", "task"));
        String document = as(DPO).header("Hestia-Access-Reason", "Demande d'accès 2026-17")
                .get("/api/v1/data-protection/households/" + fixture.household() + "/export/document").then()
                .statusCode(200).extract().asString();
        assertThat(document).contains("Dossier social, Contacts du dossier, Documents du dossier, Réorientation, Tâche");
    }

    @Test
    void aMalformedUserActionLeavesEachCallOnItsOwnRow() {
        Fixture fixture = Fixture.create("Malformed");
        openFilePage(SW, fixture.file(), "not-a-uuid");
        logAbout(DPO, fixture.household()).then().statusCode(200).body("page.totalItems", equalTo(6));
    }
}
