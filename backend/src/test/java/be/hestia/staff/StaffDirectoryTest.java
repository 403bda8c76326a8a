package be.hestia.staff;

import static be.hestia.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.KeycloakUsers;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

/** The staff directory synced from Keycloak's users (the admin API, with Hestia's service account). */
@QuarkusTest
class StaffDirectoryTest {

    private static final String ADMIN = Users.ADMIN_BINHOME;

    private static void sync() {
        as(ADMIN).post("/api/v1/staff/sync").then().statusCode(200).body("syncedAt", notNullValue());
    }

    @Test
    void aColleagueWhoNeverSignedInCanBeAssignedAndKeepsTheSameRowAtTheirFirstSignIn() {
        String username = KeycloakUsers.uniqueUsername("newcomer");
        String id = KeycloakUsers.create(username, "Nina", "Verbeke", "BINHOME", "social-worker");
        as(ADMIN).post("/api/v1/staff/sync").then().statusCode(200)
                .body("created", greaterThanOrEqualTo(1));
        as(ADMIN).queryParam("q", username).get("/api/v1/staff").then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].displayName", equalTo("Nina Verbeke"))
                .body("items[0].roles", contains("social-worker"))
                .body("items[0].active", equalTo(true))
                .body("items[0].containsKey('signedInAt')", equalTo(false));
        // Assigned before the first sign-in.
        String site = Places.site(ADMIN, Places.uniqueName("Newcomer"));
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("referentSocialWorkerId", id))
                .put("/api/v1/sites/" + site + "/assignments").then().statusCode(200)
                .body("referentSocialWorker.displayName", equalTo("Nina Verbeke"));
        // The first sign-in finds the same row (the token's subject is the Keycloak id) and marks it.
        as(username).get("/api/v1/me").then().statusCode(200).body("subject", equalTo(id));
        as(ADMIN).queryParam("q", username).get("/api/v1/staff").then()
                .body("items.id", contains(id))
                .body("items[0].signedInAt", notNullValue());
        // Another organisation's admin does not see them.
        as(Users.ADMIN_LLB).post("/api/v1/staff/sync").then().statusCode(200);
        as(Users.ADMIN_LLB).queryParam("q", username).get("/api/v1/staff").then()
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aPersonDisabledOrRemovedInKeycloakStaysInactiveAndCannotBeAssigned() {
        String disabledName = KeycloakUsers.uniqueUsername("leaver");
        String disabled = KeycloakUsers.create(disabledName, "Paul", "Wouters", "BINHOME", "social-worker");
        String removedName = KeycloakUsers.uniqueUsername("gone");
        String removed = KeycloakUsers.create(removedName, "Greet", "Aerts", "BINHOME", "social-worker");
        sync();
        KeycloakUsers.disable(disabled);
        KeycloakUsers.remove(removed);
        as(ADMIN).post("/api/v1/staff/sync").then().statusCode(200)
                .body("updated", greaterThanOrEqualTo(1))
                .body("deactivated", greaterThanOrEqualTo(1));

        as(ADMIN).queryParam("q", "wouters").queryParam("size", 100).get("/api/v1/staff").then()
                .body("items.id", not(hasItem(disabled)));
        as(ADMIN).queryParam("q", disabledName).queryParam("includeInactive", true).get("/api/v1/staff").then()
                .body("items.id", contains(disabled))
                .body("items[0].active", equalTo(false));
        as(ADMIN).queryParam("q", removedName).queryParam("includeInactive", true).get("/api/v1/staff").then()
                .body("items.id", contains(removed))
                .body("items[0].active", equalTo(false));

        String site = Places.site(ADMIN, Places.uniqueName("Leaver"));
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("referentSocialWorkerId", disabled))
                .put("/api/v1/sites/" + site + "/assignments").then().statusCode(400)
                .body("violations[0].field", equalTo("referentSocialWorkerId"));
    }

    @Test
    void onlyTheAdminSyncs() {
        as(Users.MANAGER_BINHOME).post("/api/v1/staff/sync").then().statusCode(403);
        as(Users.SOCIAL_WORKER_BINHOME).post("/api/v1/staff/sync").then().statusCode(403);
    }
}
