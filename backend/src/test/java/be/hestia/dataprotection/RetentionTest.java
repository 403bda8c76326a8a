package be.hestia.dataprotection;

import static be.hestia.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.hestia.security.SystemScope;
import be.hestia.testsupport.SystemConnections;
import be.hestia.common.Time;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The retention job with the time it is given: files closed for longer than the retention period
 * (P5Y here, as in production) enter the report, and are anonymised only after the notice period
 * (P30D). Every future run also touches other tests' closed files: assertions look at this test's own.
 */
@QuarkusTest
class RetentionTest {

    private static final String DPO = Users.DPO_BINHOME;
    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final Period CLOSED_FOR = Period.ofYears(5);
    private static final Period NOTICE = Period.ofDays(30);
    private static final String REPORT = "/api/v1/data-protection/retention/report";

    @Inject
    RetentionJob job;

    @Inject
    RetentionRunner runner;

    @Inject
    DataSource dataSource;

    @Test
    void onlyFilesClosedForTheWholePeriodAreReportedAndOnlyAfterTheNoticeAreAnonymised() throws SQLException {
        CaseFileFixture closed = CaseFileFixture.create("Retention");
        SubjectAccessExportTest.attach(closed.file(), null, "Fiche de paie.pdf");
        closed.close();
        CaseFileFixture open = CaseFileFixture.createFor(closed.household());
        CaseFileFixture reopened = CaseFileFixture.create("Reopened");
        reopened.close();
        reopened.reopen();
        OffsetDateTime closedAt = Time.now();

        job.runAll(closedAt.plus(CLOSED_FOR).minusDays(1));
        assertThat(reportedFiles()).doesNotContain(closed.file(), open.file(), reopened.file());

        OffsetDateTime reported = closedAt.plus(CLOSED_FOR).plusDays(1);
        job.runAll(reported);
        assertThat(reportedFiles()).contains(closed.file()).doesNotContain(open.file(), reopened.file());
        JsonPath item = reportItem(closed.file());
        assertThat(item.getString("householdId")).isEqualTo(closed.household());
        assertThat(OffsetDateTime.parse(item.getString("anonymiseFrom"))).isEqualTo(reported.plus(NOTICE));

        job.runAll(reported.plus(NOTICE).minusHours(1));
        as(SW).get("/api/v1/case-files/" + closed.file()).then().statusCode(200);

        OffsetDateTime anonymisedAt = reported.plus(NOTICE).plusHours(1);
        job.runAll(anonymisedAt);
        as(SW).get("/api/v1/case-files/" + closed.file()).then().statusCode(404);
        as(SW).get("/api/v1/case-files/" + open.file()).then().statusCode(200);
        as(SW).queryParam("householdId", closed.household()).get("/api/v1/case-files").then()
                .body("items.id", not(hasItem(closed.file())));
        assertThat(reportedFiles()).doesNotContain(closed.file());
        assertContentGoneAndStatisticsKept(closed);

        String snapshot = snapshot(closed.file());
        job.runAll(anonymisedAt);
        job.runAll(anonymisedAt.plusDays(1));
        assertThat(snapshot(closed.file())).isEqualTo(snapshot);

        as(DPO).queryParam("actorId", "00000000-0000-0000-0000-000000000000").queryParam("size", 100)
                .get("/api/v1/access-log").then().statusCode(200)
                .body("items.findAll { it.recordId == '" + closed.file() + "' }.action", equalTo(List.of("anonymise")))
                .body("items.findAll { it.recordId == '" + closed.file() + "' }.householdId", everyItem(nullValue()))
                .body("items.recordId", not(hasItem(open.file())));
        // The lines written while the file was the household's no longer name the household nor date the file;
        // the household's other file keeps its name.
        as(DPO).queryParam("householdId", closed.household()).queryParam("size", 100).get("/api/v1/access-log")
                .then().statusCode(200)
                .body("items.findAll { it.caseFile?.id == '" + closed.file() + "' }", not(empty()))
                .body("items.findAll { it.caseFile?.id == '" + closed.file() + "' }.household.anonymised",
                        everyItem(equalTo(true)))
                .body("items.findAll { it.caseFile?.id == '" + closed.file() + "' }.household.name",
                        everyItem(nullValue()))
                .body("items.findAll { it.caseFile?.id == '" + closed.file() + "' }.caseFile.openedOn",
                        everyItem(nullValue()))
                .body("items.findAll { it.caseFile?.id == '" + open.file() + "' }.household.name",
                        everyItem(startsWith("Marie ")));
        as(DPO).get("/api/v1/data-protection/retention/runs").then().statusCode(200)
                .body("items[0].trigger", equalTo("schedule"))
                .body("items[0].dryRun", equalTo(false))
                .body("items.find { it.anonymised > 0 }", not(equalTo(null)));
    }

    @Test
    void aDryRunReportsButNeverAnonymises() {
        CaseFileFixture fixture = CaseFileFixture.create("DryRun");
        fixture.close();
        OffsetDateTime reported = Time.now().plus(CLOSED_FOR).plusDays(1);
        RetentionRunner.Requester dpo = new RetentionRunner.Requester(UUID.randomUUID(), "Test DPO");
        // A DPO's dry run runs in the DPO's request, scoped to the DPO's organisation; here, without a request.
        SystemScope.inOrganisation("BINHOME", "test", () -> runner.run("BINHOME", reported, dpo));
        var late = SystemScope.inOrganisation("BINHOME", "test",
                () -> runner.run("BINHOME", reported.plus(NOTICE).plusDays(1), dpo));
        assertThat(late.dryRun()).isTrue();
        assertThat(late.due()).isGreaterThanOrEqualTo(1);
        assertThat(late.anonymised()).isZero();
        as(SW).get("/api/v1/case-files/" + fixture.file()).then().statusCode(200);

        String location = as(DPO).post("/api/v1/data-protection/retention/runs").then().statusCode(201)
                .body("trigger", equalTo("on-demand")).body("dryRun", equalTo(true))
                .body("anonymised", equalTo(0))
                .body("requestedBy.id", equalTo(be.hestia.testsupport.Households.subject(DPO)))
                .extract().header("Location").replaceFirst("^.*(/api/)", "$1");
        as(DPO).get(location).then().statusCode(200).body("trigger", equalTo("on-demand"));
        as(Users.DPO_LLB).get(location).then().statusCode(404);
        as(DPO).get(REPORT).then().statusCode(200).body("settings.closedFor", equalTo("P5Y"))
                .body("settings.notice", equalTo("P30D")).body("settings.schedule", equalTo("off"))
                .body("lastRun", notNullValue());
    }

    @Test
    void aLegalHoldKeepsTheFileUntilItIsReleasedAndThenTheNoticeStartsAgain() {
        CaseFileFixture fixture = CaseFileFixture.create("Hold");
        fixture.close();
        OffsetDateTime reported = Time.now().plus(CLOSED_FOR).plusDays(1);
        job.runAll(reported);
        assertThat(reportedFiles()).contains(fixture.file());

        Map<String, Object> hold = Map.of("caseFileId", fixture.file(), "reason", "Litige en cours au tribunal");
        as(Users.DPO_LLB).body(hold).post("/api/v1/data-protection/retention/holds").then().statusCode(404);
        as(DPO).body(hold).post("/api/v1/data-protection/retention/holds").then().statusCode(201)
                .body("reason", equalTo("Litige en cours au tribunal"));
        as(DPO).body(hold).post("/api/v1/data-protection/retention/holds").then().statusCode(409)
                .body("code", equalTo("already-held"));
        JsonPath item = reportItem(fixture.file());
        assertThat(item.getString("hold.reason")).isEqualTo("Litige en cours au tribunal");
        assertThat(item.getString("anonymiseFrom")).isNull();

        OffsetDateTime late = reported.plus(NOTICE).plusDays(1);
        job.runAll(late);
        as(SW).get("/api/v1/case-files/" + fixture.file()).then().statusCode(200);

        as(Users.DPO_LLB).delete("/api/v1/data-protection/retention/holds/" + fixture.file()).then().statusCode(404);
        as(DPO).delete("/api/v1/data-protection/retention/holds/" + fixture.file()).then().statusCode(204);
        as(DPO).delete("/api/v1/data-protection/retention/holds/" + fixture.file()).then().statusCode(404);
        job.runAll(late);
        assertThat(OffsetDateTime.parse(reportItem(fixture.file()).getString("anonymiseFrom")))
                .isEqualTo(late.plus(NOTICE));
        job.runAll(late.plus(NOTICE).minusHours(1));
        as(SW).get("/api/v1/case-files/" + fixture.file()).then().statusCode(200);
        job.runAll(late.plus(NOTICE));
        as(SW).get("/api/v1/case-files/" + fixture.file()).then().statusCode(404);

        as(DPO).queryParam("householdId", fixture.household()).queryParam("size", 100).get("/api/v1/access-log")
                .then().body("items.action", hasItem("hold")).body("items.action", hasItem("release"))
                .body("page.totalItems", greaterThanOrEqualTo(2));
    }

    /** Every report page, as the DPO reads it. */
    private static List<String> reportedFiles() {
        List<String> files = new ArrayList<>();
        int page = 0;
        JsonPath json;
        do {
            json = as(DPO).queryParam("page", page).queryParam("size", 100).get(REPORT).then().statusCode(200)
                    .extract().jsonPath();
            files.addAll(json.getList("items.caseFileId"));
            page++;
        } while (page < json.getInt("page.totalPages"));
        return files;
    }

    private static JsonPath reportItem(String file) {
        int page = 0;
        JsonPath json;
        do {
            json = as(DPO).queryParam("page", page).queryParam("size", 100).get(REPORT).then().statusCode(200)
                    .extract().jsonPath();
            int index = json.getList("items.caseFileId").indexOf(file);
            if (index >= 0) {
                return new JsonPath(json.prettify()).setRootPath("items[" + index + "]");
            }
            page++;
        } while (page < json.getInt("page.totalPages"));
        throw new AssertionError("not in the report: " + file);
    }

    private void assertContentGoneAndStatisticsKept(CaseFileFixture fixture) throws SQLException {
        UUID file = UUID.fromString(fixture.file());
        assertThat(row("""
                select household_id is null, request_detail is null, closing_reason is null, organisation_id,
                       array_to_string(themes, ','), status,
                       opened_at = date_trunc('month', opened_at, 'Europe/Brussels')
                from case_file where id = ?""", file))
                .containsExactly("t", "t", "t", "BINHOME", "rent-arrears,energy", "closed", "t");
        assertThat(row("""
                select count(*), string_agg(distinct kind, ','), bool_and(summary = '' and note is null
                       and participants is null), bool_and(occurred_at = date_trunc('month', occurred_at, 'Europe/Brussels'))
                from case_entry where case_file_id = ?""", file))
                .containsExactly("2", "home-visit", "t", "t");
        assertThat(row("""
                select count(*), string_agg(partner_kind, ','), bool_and(reason = '' and partner_name = ''
                       and consent_note is null and outcome is null)
                from referral where case_file_id = ?""", file)).containsExactly("1", "debt-mediation", "t");
        assertThat(row("select count(*), bool_and(title = '') from follow_up_task where case_file_id = ?", file))
                .containsExactly("1", "t");
        assertThat(row("select count(*) from attachment where case_file_id = ?", file)).containsExactly("0");
        assertThat(row("select count(*) from case_entry_version where case_file_id = ?", file)).containsExactly("0");
        assertThat(row("""
                select string_agg(to_status, ',' order by to_status), bool_and(reason is null)
                from case_file_transition where case_file_id = ?""", file))
                .containsExactly("active,closed,open", "t");
        String everything = snapshot(fixture.file());
        assertThat(everything).doesNotContain(fixture.serviceNote(), fixture.secret(), fixture.requestDetail(),
                fixture.referralReason(), fixture.taskTitle(), fixture.household());
    }

    /** Every row of the file and its content, as text. */
    private String snapshot(String file) throws SQLException {
        UUID id = UUID.fromString(file);
        List<String> parts = new ArrayList<>();
        for (String[] table : new String[][] { { "case_file", "id" }, { "case_entry", "case_file_id" },
                { "referral", "case_file_id" }, { "follow_up_task", "case_file_id" },
                { "case_file_transition", "case_file_id" }, { "case_entry_version", "case_file_id" } }) {
            parts.add(row("select string_agg(row_to_json(t)::text, '|' order by t.id) from " + table[0]
                    + " t where t." + table[1] + " = ?", id).get(0));
        }
        return String.join("\n", parts);
    }

    private List<String> row(String sql, UUID id) throws SQLException {
        try (Connection connection = SystemConnections.acrossOrganisations(dataSource); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).isTrue();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    values.add(result.getString(i));
                }
                return values;
            }
        }
    }
}
