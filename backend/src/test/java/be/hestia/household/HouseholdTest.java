package be.hestia.household;

import static be.hestia.testsupport.Api.as;
import static be.hestia.testsupport.Households.member;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.SystemConnections;
import be.hestia.common.PageRequest;
import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HouseholdTest {

    private static final String ADMIN = Users.ADMIN_BINHOME;

    @Inject
    DataSource dataSource;

    @Test
    void aHouseholdIsCreatedWithItsLeaseOrNotAtAll() {
        String token = Places.uniqueName("").strip();
        String[] place = Places.siteWithDwelling(ADMIN);
        Map<String, Object> lease = Map.of("dwellingId", place[2], "startDate", "2025-03-01");
        as(Users.SOCIAL_WORKER_BINHOME).body(Map.of("members",
                List.of(member("Nora" + token, "Bail", "reference-tenant")), "lease", lease))
                .post("/api/v1/households").then().statusCode(201)
                .body("currentLease.dwelling.id", equalTo(place[2]))
                .body("currentLease.startDate", equalTo("2025-03-01"))
                .body("leases", hasSize(1));

        // The dwelling is rented now: a second household on it is refused, and nothing of it is left behind.
        Map<String, Object> second = Map.of("externalRef", "REF-" + token, "members",
                List.of(member("Omar" + token, "Second", "reference-tenant")), "lease", lease);
        as(ADMIN).body(second).post("/api/v1/households").then().statusCode(409)
                .body("code", equalTo("dwelling-occupied"));
        as(ADMIN).queryParam("q", "Omar" + token).get("/api/v1/households").then().body("page.totalItems", equalTo(0));
        as(ADMIN).body(Map.of("externalRef", "REF-" + token, "members", second.get("members"), "lease",
                Map.of("dwellingId", java.util.UUID.randomUUID().toString(), "startDate", "2025-03-01")))
                .post("/api/v1/households").then().statusCode(400)
                .body("violations.field", contains("lease.dwellingId"));
        as(ADMIN).queryParam("q", "Omar" + token).get("/api/v1/households").then().body("page.totalItems", equalTo(0));

        // Its external reference was never taken: the household is created on a vacant dwelling.
        String vacant = Places.dwelling(ADMIN, place[1], "2.02");
        as(ADMIN).body(Map.of("externalRef", "REF-" + token, "members", second.get("members"), "lease",
                Map.of("dwellingId", vacant, "startDate", "2025-04-01")))
                .post("/api/v1/households").then().statusCode(201)
                .body("externalRef", equalTo("REF-" + token)).body("currentLease.dwelling.unit", equalTo("2.02"));
    }

    @Test
    void searchToleratesCaseAccentsSpacingAndTypos() {
        String token = Places.uniqueName("").strip().substring(0, 6);
        String[] place = Places.siteWithDwelling(ADMIN);
        String bussche = Households.household(ADMIN, "Marie" + token, "Van den Bussche", place[2]);
        String lefevre = Households.household(ADMIN, "Paul" + token, "Lefèvre", null);
        for (String query : List.of("Vandenbussche marie" + token, "van den bussche Marie" + token,
                "vandenbusche marie" + token)) {
            as(Users.FIELD_AGENT_BINHOME).queryParam("q", query).get("/api/v1/households").then().statusCode(200)
                    .body("items.id", hasItem(bussche));
        }
        as(Users.RENOVATION_WORKER_BINHOME).queryParam("q", "Lefevre paul" + token).get("/api/v1/households")
                .then().body("items[0].id", equalTo(lefevre)).body("page.totalItems", equalTo(1))
                .body("page.totalCapped", nullValue());
        as(Users.ADMIN_LLB).queryParam("q", "Lefevre paul" + token).get("/api/v1/households")
                .then().body("items", hasSize(0));
    }

    @Test
    void aSearchMatchingOverAThousandHouseholdsSaysThereAreMoreInsteadOfCountingThemAll() throws SQLException {
        String token = Places.uniqueName("").strip();
        householdsNamed("Many" + token, PageRequest.COUNT_LIMIT + 1);
        as(Users.FIELD_AGENT_BINHOME).queryParam("q", "many" + token).queryParam("size", 100)
                .get("/api/v1/households").then().statusCode(200)
                .body("items", hasSize(100))
                .body("page.totalItems", equalTo(PageRequest.COUNT_LIMIT))
                .body("page.totalPages", equalTo(PageRequest.COUNT_LIMIT / 100))
                .body("page.totalCapped", equalTo(true));
        as(Users.FIELD_AGENT_BINHOME).queryParam("q", "many" + token).queryParam("page", 10).queryParam("size", 100)
                .get("/api/v1/households").then().statusCode(200)
                .body("items", hasSize(1)).body("page.totalCapped", equalTo(true));
        as(Users.ADMIN_LLB).queryParam("q", "many" + token).get("/api/v1/households").then()
                .body("items", hasSize(0)).body("page.totalItems", equalTo(0));
    }

    /** Households of BinHôme with one member each, in one statement: through the API, each would need a dwelling. */
    private void householdsNamed(String lastName, int count) throws SQLException {
        try (Connection connection = SystemConnections.acrossOrganisations(dataSource);
                PreparedStatement insert = connection.prepareStatement("""
                        with h as (
                          insert into household (id, organisation_id, external_ref, version, created_at, updated_at)
                          select gen_random_uuid(), 'BINHOME', ? || g, 0, now(), now() from generate_series(1, ?) g
                          returning id)
                        insert into household_member (id, household_id, first_name, last_name, preferred_language,
                                                      role, position)
                        select gen_random_uuid(), h.id, 'Ana', ?, 'fr', 'reference-tenant', 0 from h
                        """)) {
            insert.setString(1, lastName);
            insert.setInt(2, count);
            insert.setString(3, lastName);
            insert.executeUpdate();
        }
    }

    @Test
    void aHouseholdIsFoundByItsDwellingAndShowsItsContactDetails() {
        String[] place = Places.siteWithDwelling(ADMIN);
        String siteName = as(ADMIN).get("/api/v1/sites/" + place[0]).then().extract().path("name");
        String id = Households.household(ADMIN, "Ahmed", "Benali", place[2]);
        as(Users.FIELD_AGENT_BINHOME).queryParam("q", siteName + " 1.01").get("/api/v1/households")
                .then().body("items.id", contains(id)).body("items[0].dwelling.unit", equalTo("1.01"));
        as(Users.COLLECTIVE_WORKER_BINHOME).get("/api/v1/households/" + id).then().statusCode(200)
                .body("name", equalTo("Ahmed Benali"))
                .body("members[0].phone", equalTo("+32 2 555 01 23"))
                .body("currentLease.dwelling.id", equalTo(place[2]))
                .body("socialFollowUp.active", equalTo(false));
    }

    @Test
    void aMoveEndsTheCurrentLeaseAndKeepsTheHistory() {
        String[] first = Places.siteWithDwelling(ADMIN);
        String[] second = Places.siteWithDwelling(ADMIN);
        String id = Households.household(ADMIN, "Nora", "Peeters", first[2]);
        as(ADMIN).header("If-Match", "\"1\"").body(Map.of("dwellingId", second[2], "startDate", "2024-03-01"))
                .post("/api/v1/households/" + id + "/leases").then().statusCode(200)
                .body("currentLease.dwelling.id", equalTo(second[2]))
                .body("leases", hasSize(2))
                .body("leases[1].endDate", equalTo("2024-02-29"));
        String other = Households.household(ADMIN, "Jan", "Claes", null);
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("dwellingId", second[2], "startDate", "2024-05-01"))
                .post("/api/v1/households/" + other + "/leases").then().statusCode(409)
                .body("code", equalTo("dwelling-occupied"));
    }

    @Test
    void aHouseholdHasExactlyOneReferenceTenant() {
        as(ADMIN).body(Map.of("members", List.of(member("A", "B", "partner")))).post("/api/v1/households")
                .then().statusCode(400).body("violations.field", contains("members"));
    }

    @Test
    void staleEditsOfAHouseholdAnswer412() {
        String id = Households.household(ADMIN, "Sofia", "Rossi", null);
        var body = Map.of("members", List.of(member("Sofia", "Rossi-Bianchi", "reference-tenant")));
        as(ADMIN).header("If-Match", "\"0\"").body(body).put("/api/v1/households/" + id).then().statusCode(200)
                .body("members", hasSize(1));
        as(ADMIN).header("If-Match", "\"0\"").body(body).put("/api/v1/households/" + id).then().statusCode(412);
        as(Users.PCS_COORDINATOR).get("/api/v1/households/" + id).then().statusCode(403);
    }
}
