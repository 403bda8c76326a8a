package be.hestia.casefile;

import static be.hestia.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 8's rules of case files: one followed file per household (the refusal names the open one),
 * a readable reference per organisation and year, the lifecycle for the referent and the manager
 * only, and what the page shows on top (the household, and the reason given outside one's caseload).
 */
@QuarkusTest
class CaseFileRulesTest {

    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final String SW2 = Users.SOCIAL_WORKER_2_BINHOME;
    private static final String MANAGER = Users.MANAGER_BINHOME;
    private static final String REFERENCE = "\\d{4}-\\d{4,}";

    private static Map<String, Object> input(String household) {
        return Map.of("householdId", household, "requestSource", "tenant", "themes", List.of("energy"));
    }

    private static Response open(String user, String household) {
        return as(user).body(input(household)).post("/api/v1/case-files");
    }

    private static JsonPath opened(String user, String household) {
        return open(user, household).then().statusCode(201).extract().jsonPath();
    }

    private static Response transition(String user, String file, String to, String reason) {
        long version = as(MANAGER).get("/api/v1/case-files/" + file).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        var request = as(user).header("If-Match", "\"" + version + "\"");
        if (user.equals(SW2)) {
            request = request.header("Hestia-Access-Reason", "Remplacement d'une collègue absente");
        }
        return request.body(reason == null ? Map.of("to", to) : Map.of("to", to, "reason", reason))
                .post("/api/v1/case-files/" + file + "/transitions");
    }

    private static String householdOfSw(String name) {
        return Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName(name));
    }

    @Test
    void aSecondFileForAHouseholdIsRefusedWithALinkToTheOpenOne() {
        String household = householdOfSw("Unique");
        JsonPath first = opened(SW, household);

        for (String user : List.of(SW, SW2, MANAGER)) {
            open(user, household).then().statusCode(409)
                    .body("code", equalTo("case-file-already-open"))
                    .body("openCaseFile.id", equalTo(first.getString("id")))
                    .body("openCaseFile.reference", equalTo(first.getString("reference")))
                    .body("detail", containsString(first.getString("reference")));
        }
        // Still active (after a first entry) it is followed: refused too.
        as(SW).body(Map.of("kind", "phone-call", "occurredAt", "2026-11-20T10:00:00Z", "summary", "Appel",
                "visibility", "service")).post("/api/v1/case-files/" + first.getString("id") + "/entries")
                .then().statusCode(201);
        open(SW, household).then().statusCode(409).body("openCaseFile.id", equalTo(first.getString("id")));
        as(SW).queryParam("householdId", household).get("/api/v1/case-files").then()
                .body("page.totalItems", equalTo(1));

        // Once it is closed, a new one may be opened; the closed one cannot be reopened beside it.
        transition(SW, first.getString("id"), "closed", "Demande traitée").then().statusCode(200);
        JsonPath second = opened(SW, household);
        transition(SW, first.getString("id"), "open", null).then().statusCode(409)
                .body("code", equalTo("case-file-already-open"))
                .body("openCaseFile.id", equalTo(second.getString("id")))
                .body("openCaseFile.reference", equalTo(second.getString("reference")));
        transition(MANAGER, first.getString("id"), "active", null).then().statusCode(409);
        transition(SW, first.getString("id"), "archived", null).then().statusCode(200);
    }

    @Test
    void twoWorkersOpeningAFileForTheSameHouseholdAtOnceGetOneFile() throws Exception {
        String household = householdOfSw("Together");
        List<Response> answers = atOnce(List.of(SW, SW2, MANAGER), user -> open(user, household));

        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        assertThat(statuses).containsExactly(201, 409, 409);
        String created = answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow()
                .jsonPath().getString("id");
        for (Response refused : answers.stream().filter(a -> a.statusCode() == 409).toList()) {
            assertThat(refused.jsonPath().getString("code")).isEqualTo("case-file-already-open");
            assertThat(refused.jsonPath().getString("openCaseFile.id")).isEqualTo(created);
        }
        as(MANAGER).queryParam("householdId", household).get("/api/v1/case-files").then()
                .body("page.totalItems", equalTo(1));
    }

    @Test
    void everyFileGetsAReadableReferenceOfItsYearUniqueInItsOrganisationEvenWhenOpenedAtOnce() throws Exception {
        String year = String.valueOf(LocalDate.now(ZoneId.of("Europe/Brussels")).getYear());
        List<String> households = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            households.add(householdOfSw("Ref" + i));
        }
        List<Response> answers = atOnce(households, household -> open(SW, household));
        List<String> references = new ArrayList<>();
        for (Response answer : answers) {
            answer.then().statusCode(201).body("reference", matchesPattern(year + "-\\d{4,}"));
            references.add(answer.jsonPath().getString("reference"));
        }
        assertThat(new HashSet<>(references)).hasSize(5);
        List<Integer> numbers = references.stream().map(r -> Integer.parseInt(r.substring(5))).sorted().toList();
        assertThat(numbers.get(4) - numbers.get(0)).as("numbers taken one after the other").isEqualTo(4);

        // The next one follows, and the reference stays with the file wherever it is listed.
        String next = households.get(0);
        String file = answers.get(0).jsonPath().getString("id");
        String reference = answers.get(0).jsonPath().getString("reference");
        as(SW).get("/api/v1/case-files/" + file).then().body("reference", equalTo(reference));
        as(SW).queryParam("householdId", next).get("/api/v1/case-files").then()
                .body("items[0].reference", equalTo(reference));
        as(SW2).queryParam("householdId", next).get("/api/v1/case-files").then()
                .body("items[0].restricted", equalTo(true)).body("items[0].reference", equalTo(reference));
        as(SW).queryParam("mine", true).queryParam("size", 100).get("/api/v1/case-files").then()
                .body("items.reference", hasItem(reference));
        JsonPath after = opened(SW, householdOfSw("RefAfter"));
        assertThat(Integer.parseInt(after.getString("reference").substring(5))).isGreaterThan(numbers.get(4));
    }

    @Test
    void onlyTheReferentAndTheManagerCloseAndReopenAFile() {
        String household = householdOfSw("Lifecycle");
        String file = opened(SW2, household).getString("id");

        // A colleague who reads the file on a stated reason may not close it, nor reopen it.
        transition(SW2, file, "closed", "Plus de nouvelles").then().statusCode(403)
                .body("code", equalTo("not-referent"));
        as(MANAGER).get("/api/v1/case-files/" + file).then().body("status", equalTo("open"));

        transition(SW, file, "closed", "Demande traitée").then().statusCode(200).body("status", equalTo("closed"));
        transition(SW2, file, "open", null).then().statusCode(403).body("code", equalTo("not-referent"));
        transition(SW, file, "open", null).then().statusCode(200).body("status", equalTo("open"));

        transition(MANAGER, file, "closed", "Déménagement hors SISP").then().statusCode(200);
        transition(MANAGER, file, "active", null).then().statusCode(200).body("status", equalTo("active"));
        transition(SW2, file, "closed", "x").then().statusCode(403).body("code", equalTo("not-referent"));
        as(SW).get("/api/v1/case-files/" + file).then().body("status", equalTo("active"))
                .body("transitions.to", org.hamcrest.Matchers.contains("open", "closed", "open", "closed", "active"));
    }

    @Test
    void theFileComesWithItsHouseholdAndOutsideTheCaseloadWithTheReasonGiven() {
        String household = householdOfSw("Summary");
        String file = opened(SW, household).getString("id");

        as(SW).get("/api/v1/case-files/" + file).then().statusCode(200)
                .body("outsideCaseload", equalTo(false))
                .body("containsKey('accessReason')", equalTo(false))
                .body("household.id", equalTo(household))
                .body("household.members.firstName", hasItem("Marie"))
                .body("household.members[0].phone", equalTo("+32 2 555 01 23"))
                .body("household.members[0].preferredLanguage", equalTo("fr"))
                .body("household.dwelling.address", notNullValue())
                .body("household.dwelling.unit", notNullValue());

        String reason = "Urgence : remplacement de la référente";
        as(SW2).header("Hestia-Access-Reason", reason).get("/api/v1/case-files/" + file).then().statusCode(200)
                .body("outsideCaseload", equalTo(true)).body("accessReason", equalTo(reason));
        // Later in the same session, without the header: the reason given is still shown.
        as(SW2).get("/api/v1/case-files/" + file).then().statusCode(200)
                .body("outsideCaseload", equalTo(true)).body("accessReason", equalTo(reason));
        as(MANAGER).get("/api/v1/case-files/" + file).then().statusCode(200)
                .body("outsideCaseload", equalTo(false)).body("containsKey('accessReason')", equalTo(false));
    }

    /** Sends the calls at the same moment, one thread each, and returns the answers in order. */
    private static <T> List<Response> atOnce(List<T> inputs, java.util.function.Function<T, Response> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(input);
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
