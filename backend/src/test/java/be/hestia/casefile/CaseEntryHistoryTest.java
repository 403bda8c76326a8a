package be.hestia.casefile;

import static be.hestia.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** An entry's earlier versions (kept on every edit, private with their entry) and the timeline's filters. */
@QuarkusTest
class CaseEntryHistoryTest {

    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final String SW2 = Users.SOCIAL_WORKER_2_BINHOME;
    private static final String MANAGER = Users.MANAGER_BINHOME;
    private static final String REASON = "Hestia-Access-Reason";

    private static String openFile(String household) {
        return as(SW).body(Map.of("householdId", household, "requestSource", "tenant", "themes", List.of("energy")))
                .post("/api/v1/case-files").then().statusCode(201).extract().path("id");
    }

    private static String newFile(String name) {
        return openFile(Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName(name)));
    }

    private static Map<String, Object> entry(String kind, String occurredAt, String summary, String note,
            String visibility) {
        Map<String, Object> entry = new HashMap<>(Map.of("kind", kind, "occurredAt", occurredAt, "summary", summary,
                "visibility", visibility));
        if (note != null) {
            entry.put("note", note);
        }
        return entry;
    }

    private static String add(String user, String file, Map<String, Object> entry) {
        return as(user).header(REASON, "Permanence du mardi").body(entry).post(entries(file)).then().statusCode(201)
                .extract().path("id");
    }

    private static JsonPath edit(String file, String entry, long version, Map<String, Object> input) {
        return as(SW).header("If-Match", "\"" + version + "\"").body(input).put(entries(file) + "/" + entry).then()
                .statusCode(200).extract().jsonPath();
    }

    private static String entries(String file) {
        return "/api/v1/case-files/" + file + "/entries";
    }

    private static String versions(String file, String entry) {
        return entries(file) + "/" + entry + "/versions";
    }

    @Test
    void everyEditKeepsTheVersionItReplacesWithItsAuthorAndTime() {
        String sw = Households.subject(SW);
        String file = newFile("Versions");
        JsonPath first = as(SW).body(entry("home-visit", "2026-11-20T10:00:00+01:00", "Premier passage",
                "Compteur à relever", "service")).post(entries(file)).then().statusCode(201)
                .extract().jsonPath();
        String id = first.getString("id");
        assertThat(first.getString("editedAt")).isNull();
        as(SW).get(versions(file, id)).then().statusCode(200).body("$", empty());

        JsonPath second = edit(file, id, 0, entry("home-visit", "2026-11-20T10:00:00+01:00", "Passage au domicile",
                "Compteur relevé", "service"));
        assertThat(second.getString("editedBy.id")).isEqualTo(sw);
        assertThat(second.getLong("version")).isEqualTo(1);
        JsonPath third = edit(file, id, 1, entry("phone-call", "2026-11-21T09:30:00+01:00", "Appel après le passage",
                null, "service"));
        Instant firstEdit = instant(second.getString("editedAt"));
        Instant secondEdit = instant(third.getString("editedAt"));
        assertThat(secondEdit).isAfterOrEqualTo(firstEdit);

        // Saving the same content again is no edit: nothing kept, the version stays.
        JsonPath same = edit(file, id, 2, entry("phone-call", "2026-11-21T09:30:00+01:00", "Appel après le passage",
                null, "service"));
        assertThat(same.getLong("version")).isEqualTo(2);
        assertThat(instant(same.getString("editedAt"))).isEqualTo(secondEdit);

        for (String reader : List.of(SW, MANAGER)) {
            JsonPath kept = as(reader).get(versions(file, id)).then().statusCode(200).extract().jsonPath();
            assertThat(kept.getList("version", Long.class)).containsExactly(1L, 0L);
            assertThat(kept.getList("summary")).containsExactly("Passage au domicile", "Premier passage");
            assertThat(kept.getList("note")).containsExactly("Compteur relevé", "Compteur à relever");
            assertThat(kept.getList("kind")).containsExactly("home-visit", "home-visit");
            assertThat(kept.getList("writtenBy.id")).containsExactly(sw, sw);
            // Version 1 was written by the first edit and replaced by the second; version 0 at creation.
            assertThat(instant(kept.getString("[0].writtenAt"))).isEqualTo(firstEdit);
            assertThat(instant(kept.getString("[0].replacedAt"))).isEqualTo(secondEdit);
            assertThat(instant(kept.getString("[1].writtenAt")))
                    .isEqualTo(instant(first.getString("createdAt")));
            assertThat(instant(kept.getString("[1].replacedAt"))).isEqualTo(firstEdit);
        }
        as(SW).get(entries(file)).then().body("items[0].editedBy.id", equalTo(sw))
                .body("items[0].summary", equalTo("Appel après le passage"));

        // A colleague outside the caseload states a reason, as for the entry; the read is logged as the entry's.
        String household = as(SW).get("/api/v1/case-files/" + file).then().extract().path("householdId");
        as(SW2).get(versions(file, id)).then().statusCode(403).body("code", equalTo("access-reason-required"));
        int logged = accessLogLinesAbout(household);
        as(SW2).header(REASON, "Remplacement pendant un congé").get(versions(file, id)).then().statusCode(200)
                .body("summary", contains("Passage au domicile", "Premier passage"));
        JsonPath log = as(Users.DPO_BINHOME).queryParam("householdId", household).queryParam("size", 100)
                .get("/api/v1/access-log").then().statusCode(200).extract().jsonPath();
        assertThat(log.getInt("page.totalItems")).isGreaterThan(logged);
        assertThat(log.getList("items.findAll { it.recordId == '" + id + "' && it.action == 'read' }.actor.id"))
                .contains(Households.subject(SW2));
        as(Users.SOCIAL_WORKER_LLB).header(REASON, "x").get(versions(file, id)).then().statusCode(404);
        as(Users.FIELD_AGENT_BINHOME).get(versions(file, id)).then().statusCode(403);
    }

    @Test
    void aPrivateEntrysHistoryStaysWithItsAuthor() {
        String file = newFile("PrivateHistory");
        String secret = "SECRET-" + Places.uniqueName("earlier");
        String id = add(SW, file, entry("office-interview", "2026-11-20T10:00:00+01:00", "Entretien", secret,
                "private"));
        edit(file, id, 0, entry("office-interview", "2026-11-20T10:00:00+01:00", "Entretien", secret + " (suite)",
                "private"));
        as(SW).get(versions(file, id)).then().statusCode(200).body("note", contains(secret));
        for (String other : List.of(SW2, MANAGER)) {
            as(other).header(REASON, "Remplacement").get(entries(file) + "/" + id).then().statusCode(404);
            as(other).header(REASON, "Remplacement").get(versions(file, id)).then().statusCode(404);
        }

        // Shared with the service later, its earlier private versions stay its author's.
        edit(file, id, 1, entry("office-interview", "2026-11-20T10:00:00+01:00", "Entretien", "À partager",
                "service"));
        as(SW).get(versions(file, id)).then().body("visibility", contains("private", "private"));
        for (String other : List.of(SW2, MANAGER)) {
            Response kept = as(other).header(REASON, "Remplacement").get(versions(file, id));
            kept.then().statusCode(200).body("$", empty());
            assertThat(kept.asString()).doesNotContain(secret);
        }
        // A service version made private: the history goes with the entry.
        edit(file, id, 2, entry("office-interview", "2026-11-20T10:00:00+01:00", "Entretien", "Repris", "private"));
        as(MANAGER).get(versions(file, id)).then().statusCode(404);
        as(SW).get(versions(file, id)).then().body("visibility", contains("service", "private", "private"));
    }

    @Test
    void theTimelineFiltersByKindAuthorAndPeriodAndKeepsPrivateEntriesPrivate() {
        String sw = Households.subject(SW);
        String sw2 = Households.subject(SW2);
        String file = newFile("Filters");
        // 10 November, 00:30 in Brussels (still the 9th in UTC), and 12 November, 23:30 in Brussels.
        String visit = add(SW, file, entry("home-visit", "2026-11-09T23:30:00Z", "Visite", null, "service"));
        String call = add(SW, file, entry("phone-call", "2026-11-11T10:00:00+01:00", "Appel", null, "service"));
        String mine = add(SW, file, entry("office-interview", "2026-11-12T23:30:00+01:00", "Entretien", "Privé",
                "private"));
        String theirs = add(SW2, file, entry("phone-call", "2026-11-15T10:00:00+01:00", "Rappel", null, "service"));
        String early = add(SW, file, entry("drop-in", "2026-11-09T22:30:00Z", "Permanence", null, "service"));

        assertThat(ids(SW, file, q -> q.queryParam("kind", "phone-call"))).containsExactly(theirs, call);
        assertThat(ids(SW, file, q -> q.queryParam("kind", "phone-call", "office-interview")))
                .containsExactly(theirs, mine, call);
        assertThat(ids(MANAGER, file, q -> q.queryParam("kind", "phone-call", "office-interview")))
                .containsExactly(theirs, call);
        assertThat(ids(SW, file, q -> q.queryParam("authorId", sw))).containsExactly(mine, call, visit, early);
        assertThat(ids(MANAGER, file, q -> q.queryParam("authorId", sw))).containsExactly(call, visit, early);
        assertThat(ids(SW, file, q -> q.queryParam("authorId", sw2))).containsExactly(theirs);
        // Days in Brussels time, both included.
        assertThat(ids(SW, file, q -> q.queryParam("from", "2026-11-10").queryParam("to", "2026-11-12")))
                .containsExactly(mine, call, visit);
        assertThat(ids(MANAGER, file, q -> q.queryParam("from", "2026-11-10").queryParam("to", "2026-11-12")))
                .containsExactly(call, visit);
        assertThat(ids(SW, file, q -> q.queryParam("to", "2026-11-09"))).containsExactly(early);
        assertThat(ids(SW, file, q -> q.queryParam("from", "2026-11-13"))).containsExactly(theirs);
        assertThat(ids(SW, file, q -> q.queryParam("kind", "phone-call", "home-visit").queryParam("authorId", sw)
                .queryParam("from", "2026-11-10"))).containsExactly(call, visit);
        assertThat(ids(SW, file, q -> q.queryParam("kind", "welcome-visit"))).isEmpty();

        // Paging counts what the filters keep.
        as(SW).queryParam("kind", "phone-call", "office-interview").queryParam("size", 2).queryParam("page", 1)
                .get(entries(file)).then().statusCode(200)
                .body("items.id", contains(call)).body("page.totalItems", equalTo(3))
                .body("page.totalPages", equalTo(2));
        as(MANAGER).queryParam("authorId", sw).queryParam("size", 2).get(entries(file)).then()
                .body("page.totalItems", equalTo(3));

        as(SW).queryParam("from", "2026-11-12").queryParam("to", "2026-11-10").get(entries(file)).then()
                .statusCode(400).body("code", equalTo("validation-failed")).body("violations.field", contains("to"));
        as(SW).queryParam("kind", "phone-call").queryParam("authorId", sw2).get(entries(file)).then()
                .body("items.kind", containsInAnyOrder("phone-call")).body("items.author.id", contains(sw2));
    }

    private static List<String> ids(String user, String file,
            java.util.function.UnaryOperator<RequestSpecification> filters) {
        return filters.apply(as(user).header(REASON, "Remplacement").queryParam("size", 100)).get(entries(file))
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static Instant instant(String dateTime) {
        return OffsetDateTime.parse(dateTime).toInstant();
    }

    private static int accessLogLinesAbout(String household) {
        return as(Users.DPO_BINHOME).queryParam("householdId", household).get("/api/v1/access-log").then()
                .statusCode(200).extract().path("page.totalItems");
    }
}
