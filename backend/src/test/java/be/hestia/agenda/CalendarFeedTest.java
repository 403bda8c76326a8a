package be.hestia.agenda;

import static be.hestia.testsupport.Api.anonymous;
import static be.hestia.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.OperationFixtures;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A worker's calendar feed: read with the key of its address and no token, it lists their appointments and tasks
 * with a time and a household reference only; a wrong key and a renewed-away one answer the same 404.
 */
@QuarkusTest
class CalendarFeedTest {

    private static final String SW2 = Users.SOCIAL_WORKER_2_BINHOME;
    private static final String ADMIN = Users.ADMIN_BINHOME;

    private static String iso(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

    private static Response feed(String key) {
        return anonymous().get("/api/v1/calendar-feeds/" + key + ".ics");
    }

    @Test
    void theFeedShowsTimesAndReferencesAndNoCaseContent() {
        // A household with a name, an address and a reference, its file with an entry, a task and an appointment.
        String lastName = Places.uniqueName("Vandermeulen").replace(' ', '-');
        String street = Places.uniqueName("Rue des Tilleuls");
        String site = Places.site(ADMIN, Places.uniqueName("Site"));
        String building = Places.building(ADMIN, site, street, "12");
        String dwelling = Places.dwelling(ADMIN, building, "3.02");
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("referentSocialWorkerId", Households.subject(SW2)))
                .put("/api/v1/sites/" + site + "/assignments").then().statusCode(200);
        String ref = Places.uniqueName("LOC").replace(' ', '-');
        String household = as(ADMIN).body(Map.of("externalRef", ref, "members", List.of(
                Households.member("Rosalie", lastName, "reference-tenant")))).post("/api/v1/households").then()
                .statusCode(201).extract().path("id");
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("dwellingId", dwelling, "startDate", "2020-01-01"))
                .post("/api/v1/households/" + household + "/leases").then().statusCode(200);
        var opened = as(SW2).body(Map.of("householdId", household, "requestSource", "tenant", "themes",
                List.of("mental-health"), "requestDetail", "Angoisses depuis le décès de son frère"))
                .post("/api/v1/case-files").then().statusCode(201).extract();
        String file = opened.path("id");
        String reference = opened.path("reference");
        assertThat(reference).matches("\\d{4}-\\d{4,}");
        String summary = "Parle de ses dettes de jeu";
        as(SW2).body(Map.of("kind", "home-visit", "occurredAt", "2026-11-20T10:00:00Z", "summary", summary,
                "note", "Note secrète", "visibility", "service")).post("/api/v1/case-files/" + file + "/entries")
                .then().statusCode(201);
        String taskTitle = "Rappeler le psychiatre de Mme " + lastName;
        String due = OffsetDateTime.now(ZoneOffset.UTC).plusDays(9).toLocalDate().toString();
        as(SW2).body(Map.of("title", taskTitle, "dueDate", due)).post("/api/v1/case-files/" + file + "/tasks").then()
                .statusCode(201);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusDays(5);
        String subject = "Visite chez Mme " + lastName;
        String place = "Chez elle, " + street + " 12";
        as(SW2).body(Map.of("kind", "home-visit", "startsAt", iso(start), "endsAt",
                iso(start.plusMinutes(90)), "subject", subject, "place", place))
                .post("/api/v1/case-files/" + file + "/appointments").then().statusCode(201);

        String key = OperationFixtures.feedKey(SW2);
        assertThat(OperationFixtures.feedKey(SW2)).as("the same address at every call").isEqualTo(key);
        Response response = feed(key);
        response.then().statusCode(200).contentType("text/calendar").header("Cache-Control",
                equalTo("private, no-store"));
        String body = response.asString();

        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
        String unfolded = body.replace("\r\n ", "");
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART:" + utc.format(start) + "\r\nDTEND:" + utc.format(start.plusMinutes(90)))
                .contains("SUMMARY:Visite à domicile – " + reference)
                .contains("DTSTART;VALUE=DATE:" + due.replace("-", ""))
                .contains("SUMMARY:Échéance – " + reference)
                .contains("/case-files/" + file);
        // No case content: no name, address, place, subject, task title, request or entry.
        for (String secret : List.of(lastName, "Rosalie", street, "Tilleuls", "Chez elle", subject, taskTitle,
                "psychiatre", "Angoisses", summary, "dettes", "Note secrète", household, ref)) {
            assertThat(unfolded).as("the feed reveals " + secret).doesNotContain(secret);
        }
        // Every physical line is 75 octets at most, ended by CRLF.
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(body.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");

        // In Dutch when asked.
        anonymous().queryParam("lang", "nl").get("/api/v1/calendar-feeds/" + key + ".ics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Huisbezoek – " + reference));
    }

    @Test
    void aWrongKeyAndARenewedAwayKeyAnswerTheSame404() {
        String old = OperationFixtures.feedKey(SW2);
        feed(old).then().statusCode(200);

        String renewed = as(SW2).post("/api/v1/me/calendar-feed/renew").then().statusCode(200).extract().path("path");
        String key = renewed.substring(renewed.lastIndexOf('/') + 1, renewed.length() - ".ics".length());
        assertThat(key).isNotEqualTo(old);
        assertThat(OperationFixtures.feedKey(SW2)).isEqualTo(key);
        feed(key).then().statusCode(200);

        String wrong = (old.charAt(0) == 'A' ? "B" : "A") + old.substring(1);
        String renewedAway = feed(old).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found")).extract().asString();
        String unknown = feed(wrong).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found")).extract().asString();
        String malformed = feed("short").then().statusCode(404).extract().asString();
        // Nothing tells a renewed key from a wrong or malformed one (the path aside, which each body repeats).
        assertThat(renewedAway.replace(old, "KEY")).isEqualTo(unknown.replace(wrong, "KEY"))
                .isEqualTo(malformed.replace("short", "KEY"));
        // A token is no way in either: the key is.
        as(SW2).get("/api/v1/calendar-feeds/" + wrong + ".ics").then().statusCode(404);
    }

    @Test
    void onlyTheSocialServiceHasAFeed() {
        as(Users.FIELD_AGENT_BINHOME).get("/api/v1/me/calendar-feed").then().statusCode(403);
        as(Users.ADMIN_BINHOME).post("/api/v1/me/calendar-feed/renew").then().statusCode(403);
        as(Users.MANAGER_BINHOME).get("/api/v1/me/calendar-feed").then().statusCode(200)
                .body("path", not(equalTo(null)));
    }
}
