package be.hestia.casefile;

import static be.hestia.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

/** Appointments of case files, and the agenda of everything ahead (tasks and appointments, grouped). */
@QuarkusTest
class AppointmentTest {

    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final String SW2 = Users.SOCIAL_WORKER_2_BINHOME;

    private static String file() {
        String household = Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName("Rendez-vous"));
        return as(SW).body(Map.of("householdId", household, "requestSource", "tenant", "themes",
                List.of("rent-arrears"))).post("/api/v1/case-files").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> appointment(OffsetDateTime start, String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "home-visit");
        body.put("startsAt", iso(start));
        body.put("endsAt", iso(start.plusHours(1)));
        body.put("subject", subject);
        body.put("place", "Au domicile");
        return body;
    }

    static String iso(OffsetDateTime time) {
        return time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

    private static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusDays(days);
    }

    @Test
    void anAppointmentIsPlannedForTheCallerEditedAndCancelled() {
        String file = file();
        String subject = Places.uniqueName("Visite à domicile");
        String id = as(SW).body(appointment(inDays(3), subject)).post("/api/v1/case-files/" + file + "/appointments")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("planned")).body("workers.displayName", contains("Amélie Dubois"))
                .body("place", equalTo("Au domicile")).extract().path("id");

        // A colleague joins; the stale version is refused.
        Map<String, Object> update = appointment(inDays(4), subject);
        update.put("status", "planned");
        update.put("workerIds", List.of(Households.subject(SW), Households.subject(SW2)));
        as(SW).header("If-Match", "\"0\"").body(update).put("/api/v1/case-files/" + file + "/appointments/" + id)
                .then().statusCode(200).body("workers", hasSize(2));
        as(SW).header("If-Match", "\"0\"").body(update).put("/api/v1/case-files/" + file + "/appointments/" + id)
                .then().statusCode(412);
        as(SW2).get("/api/v1/agenda").then().statusCode(200).body("appointments.subject", hasItem(subject));

        update.put("status", "cancelled");
        as(SW).header("If-Match", "\"1\"").body(update).put("/api/v1/case-files/" + file + "/appointments/" + id)
                .then().statusCode(200).body("status", equalTo("cancelled"));
        as(SW).get("/api/v1/case-files/" + file + "/appointments").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("cancelled"));
        // A cancelled appointment leaves the agendas.
        as(SW2).get("/api/v1/agenda").then().body("appointments.subject", not(hasItem(subject)));
    }

    @Test
    void theRulesOfAnAppointment() {
        String file = file();
        // It ends after it starts, within a day.
        Map<String, Object> backwards = appointment(inDays(2), "Entretien");
        backwards.put("endsAt", iso(inDays(2).minusMinutes(30)));
        as(SW).body(backwards).post("/api/v1/case-files/" + file + "/appointments").then().statusCode(400)
                .body("violations.field", contains("endsAt"));
        Map<String, Object> tooLong = appointment(inDays(2), "Entretien");
        tooLong.put("endsAt", iso(inDays(4)));
        as(SW).body(tooLong).post("/api/v1/case-files/" + file + "/appointments").then().statusCode(400)
                .body("violations.field", contains("endsAt"));
        // Only the social service may be concerned.
        Map<String, Object> agent = appointment(inDays(2), "Entretien");
        agent.put("workerIds", List.of(Households.subject(Users.FIELD_AGENT_BINHOME)));
        as(SW).body(agent).post("/api/v1/case-files/" + file + "/appointments").then().statusCode(400)
                .body("violations.field", contains("workerIds"));
        // Done only once it has started.
        String id = as(SW).body(appointment(inDays(2), "Entretien")).post("/api/v1/case-files/" + file
                + "/appointments").then().statusCode(201).extract().path("id");
        Map<String, Object> done = appointment(inDays(2), "Entretien");
        done.put("status", "done");
        as(SW).header("If-Match", "\"0\"").body(done).put("/api/v1/case-files/" + file + "/appointments/" + id)
                .then().statusCode(409).body("code", equalTo("appointment-not-started"));
        Map<String, Object> past = appointment(inDays(-1), "Entretien");
        past.put("status", "done");
        as(SW).header("If-Match", "\"0\"").body(past).put("/api/v1/case-files/" + file + "/appointments/" + id)
                .then().statusCode(200).body("status", equalTo("done"));
        // A closed file takes no new appointment.
        as(SW).header("If-Match", "\"0\"").body(Map.of("to", "closed", "reason", "Demande aboutie"))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(200);
        as(SW).body(appointment(inDays(2), "Entretien")).post("/api/v1/case-files/" + file + "/appointments").then()
                .statusCode(409).body("code", equalTo("file-not-followed"));
        // Outside the social service: 403.
        as(Users.FIELD_AGENT_BINHOME).get("/api/v1/case-files/" + file + "/appointments").then().statusCode(403);
    }

    @Test
    void aColleaguesFileAsksForTheReasonAndIsLogged() {
        String file = file();
        as(SW2).get("/api/v1/case-files/" + file + "/appointments").then().statusCode(403)
                .body("code", equalTo("access-reason-required"));
        as(SW2).header("Hestia-Access-Reason", "Remplacement").get("/api/v1/case-files/" + file + "/appointments")
                .then().statusCode(200);
        as(Users.DPO_BINHOME).queryParam("actorId", Households.subject(SW2)).queryParam("size", 100)
                .get("/api/v1/access-log").then().statusCode(200)
                .body("items.findAll { it.recordType == 'appointment' }.recordId", hasItem(file));
    }

    @Test
    void theAgendaShowsEverythingAheadInGroupsByDate() {
        String file = file();
        var today = java.time.LocalDate.of(2031, 3, 10);
        String tag = Places.uniqueName("");
        Map<String, String> dates = new java.util.LinkedHashMap<>();
        dates.put("overdue" + tag, "2031-03-09");
        dates.put("today" + tag, "2031-03-10");
        dates.put("week-end" + tag, "2031-03-16");
        dates.put("later-b" + tag, "2031-05-01");
        dates.put("later-a" + tag, "2031-03-17");
        dates.forEach((title, due) -> as(SW).body(Map.of("title", title, "dueDate", due))
                .post("/api/v1/case-files/" + file + "/tasks").then().statusCode(201));
        String soon = Places.uniqueName("Entretien");
        String far = Places.uniqueName("Visite");
        as(SW).body(appointment(inDays(60), far)).post("/api/v1/case-files/" + file + "/appointments").then()
                .statusCode(201);
        as(SW).body(appointment(inDays(1), soon)).post("/api/v1/case-files/" + file + "/appointments").then()
                .statusCode(201);

        var agenda = as(SW).queryParam("today", today.toString()).get("/api/v1/agenda").then().statusCode(200)
                .body("overdue.title", hasItem("overdue" + tag))
                .body("dueToday.title", hasItem("today" + tag))
                .body("thisWeek.title", hasItem("week-end" + tag))
                .body("thisWeek.title", not(hasItem("later-a" + tag)))
                .body("later.title", hasItem("later-a" + tag))
                .body("later.title", hasItem("later-b" + tag))
                .extract();
        // Later tasks come by due date; appointments by start.
        List<String> later = agenda.jsonPath().getList("later.title");
        org.assertj.core.api.Assertions.assertThat(later.indexOf("later-a" + tag))
                .isLessThan(later.indexOf("later-b" + tag));
        // Appointments come from the day before 30 days ago, by start (the real today: they are real times).
        List<String> appointments = as(SW).get("/api/v1/agenda").then().statusCode(200).extract().jsonPath()
                .getList("appointments.subject");
        org.assertj.core.api.Assertions.assertThat(appointments).contains(soon, far);
        org.assertj.core.api.Assertions.assertThat(appointments.indexOf(soon)).isLessThan(appointments.indexOf(far));
        // Someone else's agenda holds none of it.
        as(SW2).get("/api/v1/agenda").then()
                .body("later.title", not(hasItem("later-a" + tag))).body("appointments.subject", not(hasItem(soon)));
    }
}
