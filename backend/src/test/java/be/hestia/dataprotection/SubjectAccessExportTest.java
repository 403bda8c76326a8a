package be.hestia.dataprotection;

import static be.hestia.testsupport.Api.as;
import static be.hestia.testsupport.Api.invalidAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.SystemConnections;
import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class SubjectAccessExportTest {

    private static final String DPO = Users.DPO_BINHOME;
    private static final String REASON = "Demande d'accès du 20/11/2026, réf. DPO-2026-17";

    @Inject
    DataSource dataSource;

    private static String exportPath(String household) {
        return "/api/v1/data-protection/households/" + household + "/export";
    }

    private static Response export(String household) {
        return as(DPO).header("Hestia-Access-Reason", REASON).get(exportPath(household));
    }

    private static Response document(String household) {
        return as(DPO).header("Hestia-Access-Reason", REASON).get(exportPath(household) + "/document");
    }

    /** As Qute writes text into HTML. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void theExportHoldsEverythingAboutTheHouseholdButPersonalWorkingNotes() {
        CaseFileFixture fixture = CaseFileFixture.create("Lambert");
        attach(fixture.file(), null, "Avertissement extrait de rôle.pdf");
        String privateEntry = as(CaseFileFixture.SW).body(java.util.Map.of("kind", "home-visit", "occurredAt",
                "2026-11-20T10:00:00Z", "summary", "Visite", "visibility", "private"))
                .post("/api/v1/case-files/" + fixture.file() + "/entries").then().statusCode(201).extract().path("id");
        attach(fixture.file(), privateEntry, "brouillon-personnel.pdf");
        String closingReason = fixture.close();

        Response response = export(fixture.household());
        response.then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", matchesPattern(
                        "attachment; filename=\"hestia-export-BINHOME-[0-9a-f]{8}-\\d{4}-\\d{2}-\\d{2}\\.json\""))
                .body("formatVersion", equalTo("1"))
                .body("language", equalTo("fr"))
                .body("organisation.id", equalTo("BINHOME"))
                .body("household.id", equalTo(fixture.household()))
                .body("household.members.role", contains("reference-tenant", "child"))
                .body("household.members[0].phone", equalTo("+32 2 555 01 23"))
                .body("household.leases[0].address", containsString("Avenue du Homborch"))
                .body("exclusions", contains("personal-working-notes"))
                .body("caseFiles", hasSize(1))
                .body("caseFiles[0].id", equalTo(fixture.file()))
                .body("caseFiles[0].themes", contains("rent-arrears", "energy"))
                .body("caseFiles[0].requestDetail", equalTo(fixture.requestDetail()))
                .body("caseFiles[0].closingReason", equalTo(closingReason))
                .body("caseFiles[0].transitions.to", contains("open", "active", "closed"))
                .body("caseFiles[0].referrals[0].reason", equalTo(fixture.referralReason()))
                .body("caseFiles[0].tasks[0].title", equalTo(fixture.taskTitle()))
                .body("caseFiles[0].entries.note", contains(fixture.serviceNote()))
                .body("caseFiles[0].attachments.fileName", contains("Avertissement extrait de rôle.pdf"))
                .body("caseFiles[0].attachments[0].mediaType", equalTo("application/pdf"))
                .body("accessLog.action", hasItem("export"))
                .body("accessLog.find { it.action == 'export' }.reason", equalTo(REASON));
        assertThat(response.asString()).doesNotContain(fixture.secret()).doesNotContain("private")
                .doesNotContain("brouillon-personnel");
    }

    @Test
    void theDpoFindsTheHouseholdARequestIsAboutButNoCaseContent() {
        CaseFileFixture fixture = CaseFileFixture.create("Dewinter");
        String lastName = as(DPO).get("/api/v1/households/" + fixture.household()).then().statusCode(200)
                .body("socialFollowUp.active", equalTo(true)).extract().path("members[0].lastName");
        as(DPO).queryParam("q", lastName).get("/api/v1/households").then().statusCode(200)
                .body("items.id", hasItem(fixture.household()));
        as(DPO).get("/api/v1/case-files/" + fixture.file()).then().statusCode(403);
        as(DPO).queryParam("householdId", fixture.household()).get("/api/v1/case-files").then().statusCode(403);
    }

    static void attach(String file, String entryId, String name) {
        var request = as(CaseFileFixture.SW).contentType("application/octet-stream").body(be.hestia.testsupport.Documents.PDF)
                .queryParam("fileName", name);
        if (entryId != null) {
            request = request.queryParam("entryId", entryId);
        }
        request.post("/api/v1/case-files/" + file + "/attachments").then().statusCode(201);
    }

    @Test
    void theDocumentIsInTheHouseholdsLanguageLeavesOutPersonalNotesAndSaysSo() {
        CaseFileFixture fixture = CaseFileFixture.create("Peeters");
        attach(fixture.file(), null, "Avertissement extrait de rôle.pdf");
        String html = document(fixture.household()).then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Disposition", matchesPattern(
                        "attachment; filename=\"hestia-export-BINHOME-[0-9a-f]{8}-\\d{4}-\\d{2}-\\d{2}\\.html\""))
                .extract().asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">")
                .contains(escaped("Les notes personnelles de travail de l’équipe sociale ne font pas partie"))
                .contains(escaped(fixture.serviceNote())).contains(escaped(fixture.requestDetail()))
                .contains(escaped(fixture.referralReason())).contains(escaped(fixture.taskTitle()))
                .contains("Arriérés de loyer, dettes").contains("Visite à domicile")
                .doesNotContain(fixture.secret()).endsWith("</html>\n");
        // For residents: what Hestia, a SISP and the RGPD are; how to correct and where to complain;
        // no technical id, media type or byte count.
        assertThat(html).contains("Hestia est le logiciel du service social de votre SISP.")
                .contains("Une SISP (société immobilière de service public)").contains("Le RGPD (règlement général")
                .contains("Vous pouvez demander de la corriger.")
                .contains("Autorité de protection des données (APD)").contains("rue de la Presse 35, 1000 Bruxelles")
                .doesNotContain(fixture.household()).doesNotContain(fixture.file()).doesNotContain("application/pdf")
                .doesNotContainPattern("\\d B\\)").doesNotContain("Avertissement extrait de rôle.pdf (");
        assertThat(html.substring(html.indexOf("<body>")).replaceAll("<[^>]+>", " "))
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        String dutch = as(Users.ADMIN_BINHOME).body(Map.of("members", List.of(Map.of("firstName", "Jan",
                "lastName", Places.uniqueName("Janssens"), "role", "reference-tenant", "preferredLanguage", "nl"))))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        assertThat(document(dutch).then().statusCode(200).extract().asString()).contains("<html lang=\"nl\">")
                .contains("De persoonlijke werknotities van de maatschappelijk werkers")
                .contains("Uw gezin heeft geen sociaal dossier.").contains("De AVG (Algemene Verordening Gegevensbescherming)")
                .contains("Een OVM (openbare vastgoedmaatschappij)").contains("Gegevensbeschermingsautoriteit (GBA)")
                .contains("Drukpersstraat 35, 1000 Brussel");
    }

    @Test
    void aHandoverIsExportedAsWhoToWhomAndWrittenInTheHouseholdsLanguage() {
        String sw = Households.subject(Users.SOCIAL_WORKER_BINHOME);
        String sw2 = Households.subject(Users.SOCIAL_WORKER_2_BINHOME);
        String household = Households.householdOnSiteOf(sw, Places.uniqueName("Verhuis"));
        as(Users.SOCIAL_WORKER_BINHOME).body(Map.of("householdId", household, "requestSource", "tenant", "themes",
                List.of("energy"))).post("/api/v1/case-files").then().statusCode(201);
        String[] newPlace = Places.siteWithDwelling(Users.ADMIN_BINHOME);
        as(Users.ADMIN_BINHOME).header("If-Match", "\"0\"").body(Map.of("referentSocialWorkerId", sw2))
                .put("/api/v1/sites/" + newPlace[0] + "/assignments").then().statusCode(200);
        long version = as(Users.ADMIN_BINHOME).get("/api/v1/households/" + household).then().extract().jsonPath()
                .getLong("version");
        as(Users.ADMIN_BINHOME).header("If-Match", "\"" + version + "\"")
                .body(Map.of("dwellingId", newPlace[2], "startDate", "2026-01-01"))
                .post("/api/v1/households/" + household + "/leases").then().statusCode(200);
        String from = as(Users.SOCIAL_WORKER_BINHOME).get("/api/v1/me").then().extract().path("displayName");
        String to = as(Users.SOCIAL_WORKER_2_BINHOME).get("/api/v1/me").then().extract().path("displayName");

        export(household).then().statusCode(200)
                .body("caseFiles[0].entries.find { it.kind == 'handover' }.handoverFrom", equalTo(from))
                .body("caseFiles[0].entries.find { it.kind == 'handover' }.handoverTo", equalTo(to))
                .body("caseFiles[0].entries.find { it.kind == 'handover' }.summary", equalTo(""));
        assertThat(document(household).then().statusCode(200).extract().asString())
                .contains(escaped("Dossier transmis par " + from + " à " + to))
                .contains("Votre dossier est donc passé à la personne référente de ce site.").doesNotContain("Handover");
    }

    @Test
    void whatTheDocumentShowsStaysText() {
        String name = "<script>alert('x')</script>";
        String household = as(Users.ADMIN_BINHOME).body(Map.of("members", List.of(Map.of("firstName", name,
                "lastName", "O'Brien & <b>Fils</b>", "role", "reference-tenant", "preferredLanguage", "fr"))))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        String html = document(household).then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<script").doesNotContain("<b>Fils")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("O&#39;Brien &amp; &lt;b&gt;Fils");
        export(household).then().statusCode(200).body("household.members[0].firstName", equalTo(name));
    }

    @Test
    void everyExportIsLoggedWithItsReason() {
        CaseFileFixture fixture = CaseFileFixture.create("Logged");
        export(fixture.household()).then().statusCode(200);
        document(fixture.household()).then().statusCode(200);
        String dpo = Households.subject(DPO);
        as(DPO).queryParam("householdId", fixture.household()).queryParam("size", 100).get("/api/v1/access-log")
                .then().statusCode(200)
                .body("items.findAll { it.action == 'export' }", hasSize(2))
                .body("items.findAll { it.action == 'export' }.actor.id", contains(dpo, dpo))
                .body("items.findAll { it.action == 'export' }.reason", contains(REASON, REASON))
                .body("items.findAll { it.action == 'export' }.recordType", contains("household", "household"));
    }

    @Test
    void withoutAReasonOrForAnotherOrganisationNothingIsExportedNorLogged() {
        CaseFileFixture fixture = CaseFileFixture.create("NoReason");
        invalidAs(DPO).get(exportPath(fixture.household())).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation-failed"));
        invalidAs(DPO).header("Hestia-Access-Reason", "   ").get(exportPath(fixture.household()) + "/document")
                .then().statusCode(400).body("code", equalTo("validation-failed"));
        as(Users.DPO_LLB).header("Hestia-Access-Reason", REASON).get(exportPath(fixture.household()))
                .then().statusCode(404).body("code", equalTo("not-found"));
        as(DPO).queryParam("householdId", fixture.household()).queryParam("size", 100).get("/api/v1/access-log")
                .then().statusCode(200).body("items.action", not(hasItem("export")));
        as(Users.MANAGER_BINHOME).header("Hestia-Access-Reason", REASON).get(exportPath(fixture.household()))
                .then().statusCode(403);
    }

    @Test
    void aLongHistoryIsExportedWholeInTimeOrder() throws SQLException {
        CaseFileFixture fixture = CaseFileFixture.create("Longue");
        int entries = 1_200; // more than two pages of the export's reads; every 100th private
        try (Connection connection = SystemConnections.acrossOrganisations(dataSource); PreparedStatement insert = connection.prepareStatement("""
                insert into case_entry (id, organisation_id, case_file_id, kind, occurred_at, author_id, summary,
                                        visibility, version, created_at, updated_at)
                select gen_random_uuid(), 'BINHOME', ?, 'phone-call',
                       timestamptz '2021-01-01 09:00+01' + (i / 3) * interval '1 hour', ?, 'Appel ' || i,
                       case when i % 100 = 0 then 'private' else 'service' end, 0, now(), now()
                from generate_series(1, ?) i
                """)) {
            insert.setObject(1, UUID.fromString(fixture.file()));
            insert.setObject(2, UUID.fromString(Households.subject(CaseFileFixture.SW)));
            insert.setInt(3, entries);
            insert.executeUpdate();
        }
        JsonPath json = export(fixture.household()).then().statusCode(200).extract().jsonPath();
        List<String> summaries = json.getList("caseFiles[0].entries.summary");
        List<String> times = json.getList("caseFiles[0].entries.occurredAt");
        assertThat(summaries).hasSize(entries - entries / 100 + 1).doesNotHaveDuplicates()
                .doesNotContain("Appel 100", "Appel 1200").contains("Appel 1", "Appel 1199", "Visite à domicile");
        assertThat(new HashSet<>(times)).hasSizeGreaterThan(300);
        List<java.time.OffsetDateTime> instants = times.stream().map(java.time.OffsetDateTime::parse).toList();
        for (int i = 1; i < instants.size(); i++) {
            assertThat(instants.get(i)).isAfterOrEqualTo(instants.get(i - 1));
        }
    }
}
