package be.hestia.casefile;

import static be.hestia.testsupport.Api.as;
import static be.hestia.testsupport.Api.invalidAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.SystemConnections;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

/** The home's "files gone quiet": {@code GET /api/v1/case-files?mine=true&quietDays=N}. */
@QuarkusTest
class QuietCaseFilesTest {

    private static final String WORKER = Users.SOCIAL_WORKER_2_BINHOME;

    @Inject
    DataSource dataSource;

    @Test
    void listsTheCallersFollowedFilesWithoutActivityForNDaysLeastRecentlyActiveFirst() throws SQLException {
        String tenDays = fileOf(WORKER);
        String fortyDays = fileOf(WORKER);
        String today = fileOf(WORKER);
        String closed = fileOf(WORKER);
        quietFor(tenDays, 10);
        quietFor(fortyDays, 40);
        quietFor(closed, 40);
        as(WORKER).header("If-Match", "\"0\"").body(Map.of("to", "closed", "reason", "Relogé ailleurs"))
                .post("/api/v1/case-files/" + closed + "/transitions").then().statusCode(200);
        quietFor(closed, 40); // closing is activity; a closed file is never "quiet" however old

        List<String> week = quiet(WORKER, 7);
        assertThat(week).contains(fortyDays, tenDays).doesNotContain(today, closed);
        assertThat(week.indexOf(fortyDays)).isLessThan(week.indexOf(tenDays));
        assertThat(quiet(WORKER, 30)).contains(fortyDays).doesNotContain(tenDays, today, closed);
        // Another worker's quiet files are not in this caseload, another organisation's never.
        assertThat(quiet(Users.SOCIAL_WORKER_BINHOME, 7)).doesNotContain(fortyDays, tenDays);
        assertThat(quiet(Users.SOCIAL_WORKER_LLB, 7)).doesNotContain(fortyDays, tenDays);
    }

    @Test
    void refusesADayCountOutOfRange() {
        invalidAs(WORKER).queryParam("mine", true).queryParam("quietDays", 0).get("/api/v1/case-files").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static List<String> quiet(String user, int days) {
        return as(user).queryParam("mine", true).queryParam("quietDays", days).queryParam("size", 100)
                .get("/api/v1/case-files").then().statusCode(200).extract().path("items.id");
    }

    private void quietFor(String file, int days) throws SQLException {
        try (Connection connection = SystemConnections.acrossOrganisations(dataSource);
                PreparedStatement update = connection.prepareStatement(
                        "update case_file set last_activity_at = now() - make_interval(days => ?) where id = ?")) {
            update.setInt(1, days);
            update.setObject(2, UUID.fromString(file));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String fileOf(String worker) {
        String household = Households.householdOnSiteOf(Households.subject(worker), Places.uniqueName("Quiet"));
        return as(worker).body(Map.of("householdId", household, "requestSource", "tenant", "themes",
                List.of("rent-arrears"))).post("/api/v1/case-files").then().statusCode(201).extract().path("id");
    }
}
