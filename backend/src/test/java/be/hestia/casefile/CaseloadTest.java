package be.hestia.casefile;

import static be.hestia.testsupport.Api.as;
import static be.hestia.testsupport.Api.invalidAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CaseloadTest {

    private static final String WORKER = Users.SOCIAL_WORKER_2_BINHOME;
    private static final String MANAGER = Users.MANAGER_BINHOME;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    /** A hundred days on: without activity, every followed file is quiet and every open task overdue. */
    private static final LocalDate LATER = TODAY.plusDays(100);

    record Counts(int open, int active, int quiet, int overdueTasks) {
        Counts plus(int open, int active, int quiet, int overdueTasks) {
            return new Counts(this.open + open, this.active + active, this.quiet + quiet,
                    this.overdueTasks + overdueTasks);
        }
    }

    @Test
    void theManagerSeesEachWorkersFollowedFilesQuietFilesAndOverdueTasks() {
        String worker = Households.subject(WORKER);
        Counts today = countsOf(worker, TODAY);
        Counts later = countsOf(worker, LATER);

        fileOf(WORKER); // stays open
        String active = fileOf(WORKER);
        as(WORKER).body(Map.of("kind", "phone-call", "occurredAt", TODAY.minusDays(1) + "T09:00:00Z", "summary", "Appel",
                "visibility", "service")).post("/api/v1/case-files/" + active + "/entries").then().statusCode(201);
        String closed = fileOf(WORKER);
        as(WORKER).header("If-Match", "\"0\"").body(Map.of("to", "closed", "reason", "Relogé ailleurs"))
                .post("/api/v1/case-files/" + closed + "/transitions").then().statusCode(200);
        for (var task : List.of(Map.of("title", "En retard", "dueDate", TODAY.minusDays(1).toString()),
                Map.of("title", "Pour aujourd'hui", "dueDate", TODAY.toString()),
                Map.of("title", "Fait, en retard", "dueDate", TODAY.minusDays(3).toString(), "done", true))) {
            as(WORKER).body(task).post("/api/v1/case-files/" + active + "/tasks").then().statusCode(201);
        }

        assertThat(countsOf(worker, TODAY)).isEqualTo(today.plus(1, 1, 0, 1));
        assertThat(countsOf(worker, LATER)).isEqualTo(later.plus(1, 1, 2, 2));
    }

    @Test
    void everySocialWorkerOfTheOrganisationHasALineAndNoOneElses() {
        String sw = Households.subject(Users.SOCIAL_WORKER_BINHOME);
        String llbWorker = Households.subject(Users.SOCIAL_WORKER_LLB);
        as(MANAGER).get("/api/v1/caseloads").then().statusCode(200)
                .body("quietDays", equalTo(30)).body("today", equalTo(TODAY.toString()))
                .body("items.referent.id", hasItem(sw)).body("items.referent.id", not(hasItem(llbWorker)));
        as(Users.MANAGER_LLB).get("/api/v1/caseloads").then().statusCode(200)
                .body("items.referent.id", hasItem(llbWorker)).body("items.referent.id", not(hasItem(sw)));
    }

    @Test
    void onlyTheServiceManagerSeesTheCaseloads() {
        as(Users.SOCIAL_WORKER_BINHOME).get("/api/v1/caseloads").then().statusCode(403)
                .body("code", equalTo("forbidden"));
        as(Users.ADMIN_BINHOME).get("/api/v1/caseloads").then().statusCode(403);
        invalidAs(MANAGER).queryParam("quietDays", 0).get("/api/v1/caseloads").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String fileOf(String worker) {
        String household = Households.householdOnSiteOf(Households.subject(worker), Places.uniqueName("Caseload"));
        return as(worker).body(Map.of("householdId", household, "requestSource", "tenant", "themes",
                List.of("rent-arrears"))).post("/api/v1/case-files").then().statusCode(201).extract().path("id");
    }

    private static Counts countsOf(String referentId, LocalDate today) {
        List<Map<String, Object>> items = as(MANAGER).queryParam("today", today.toString())
                .get("/api/v1/caseloads").then().statusCode(200).extract().path("items");
        return items.stream()
                .filter(item -> item.get("referent") instanceof Map<?, ?> referent
                        && referentId.equals(referent.get("id")))
                .map(item -> new Counts((Integer) item.get("open"), (Integer) item.get("active"),
                        (Integer) item.get("quiet"), (Integer) item.get("overdueTasks")))
                .findFirst().orElseThrow(() -> new AssertionError("no caseload line for " + referentId));
    }
}
