package be.hestia.casefile;

import static be.hestia.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferralAndTaskTest {

    private static final String SW = Users.SOCIAL_WORKER_BINHOME;

    private static String file() {
        String household = Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName("Referral"));
        return as(SW).body(Map.of("householdId", household, "requestSource", "tenant", "themes",
                List.of("rent-arrears"))).post("/api/v1/case-files").then().statusCode(201).extract().path("id");
    }

    @Test
    void aReferralWithoutConsentIsRefusedAndOneWithConsentGetsItsOutcome() {
        String file = file();
        Map<String, Object> referral = Map.of("partnerKind", "debt-mediation", "partnerName",
                "Service de médiation de dettes du CPAS d'Uccle", "reason", "Dettes multiples", "consentGiven", false);
        as(SW).body(referral).post("/api/v1/case-files/" + file + "/referrals").then().statusCode(400)
                .body("code", equalTo("consent-required"));
        as(SW).get("/api/v1/case-files/" + file + "/referrals").then().body("", org.hamcrest.Matchers.hasSize(0));

        String id = as(SW).body(Map.of("partnerKind", "debt-mediation", "partnerName", "CPAS d'Uccle", "reason",
                "Dettes multiples", "consentGiven", true, "consentNote", "Accord oral lors de la visite"))
                .post("/api/v1/case-files/" + file + "/referrals").then().statusCode(201)
                .body("status", equalTo("sent")).body("referredBy.displayName", equalTo("Amélie Dubois"))
                .extract().path("id");
        as(SW).header("If-Match", "\"0\"").body(Map.of("status", "accepted", "outcome", "Premier rendez-vous fixé"))
                .put("/api/v1/case-files/" + file + "/referrals/" + id).then().statusCode(200)
                .body("outcome", equalTo("Premier rendez-vous fixé"));
        as(Users.FIELD_AGENT_BINHOME).get("/api/v1/case-files/" + file + "/referrals").then().statusCode(403);
    }

    @Test
    void tasksFillTheAssigneesAgendaByDueDate() {
        String file = file();
        LocalDate today = LocalDate.of(2026, 11, 23);
        String overdue = Places.uniqueName("Relancer le CPAS");
        String due = Places.uniqueName("Appeler la locataire");
        String later = Places.uniqueName("Visite de suivi");
        for (var task : List.of(Map.of("title", overdue, "dueDate", "2026-11-20"),
                Map.of("title", due, "dueDate", "2026-11-23"), Map.of("title", later, "dueDate", "2026-11-27"),
                Map.of("title", "Far away", "dueDate", "2027-01-10"))) {
            as(SW).body(task).post("/api/v1/case-files/" + file + "/tasks").then().statusCode(201);
        }
        as(SW).queryParam("today", today.toString()).get("/api/v1/agenda").then().statusCode(200)
                .body("overdue.title", hasItem(overdue))
                .body("dueToday.title", hasItem(due))
                .body("thisWeek.title", hasItem(later))
                .body("thisWeek.title", not(hasItem("Far away")));

        String taskId = as(SW).get("/api/v1/case-files/" + file + "/tasks").then()
                .body("title", hasItem(overdue)).extract().path("find { it.title == '" + overdue + "' }.id");
        as(SW).header("If-Match", "\"0\"").body(Map.of("title", overdue, "dueDate", "2026-11-20", "done", true))
                .put("/api/v1/case-files/" + file + "/tasks/" + taskId).then().statusCode(200)
                .body("doneAt", not(equalTo(null)));
        as(SW).queryParam("today", today.toString()).get("/api/v1/agenda").then()
                .body("overdue.title", not(hasItem(overdue)));
    }

    @Test
    void aTaskGoesOnlyToTheSocialService() {
        String file = file();
        String agent = Households.subject(Users.FIELD_AGENT_BINHOME);
        as(SW).body(Map.of("title", "x", "dueDate", "2026-12-01", "assigneeId", agent))
                .post("/api/v1/case-files/" + file + "/tasks").then().statusCode(400)
                .body("violations.field", contains("assigneeId"));
        as(Users.FIELD_AGENT_BINHOME).get("/api/v1/agenda").then().statusCode(403);
    }
}
