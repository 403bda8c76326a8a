package be.hestia.dataquality;

import static be.hestia.testsupport.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DataToCompleteTest {

    private static final String ADMIN = Users.ADMIN_BINHOME;

    record Gaps(int households, int withoutLease, int withoutContact, int withoutTenantNumber, int sitesWithoutReferent,
            int buildingsWithoutDwelling) {
        Gaps plus(int households, int withoutLease, int withoutContact, int withoutTenantNumber,
                int sitesWithoutReferent, int buildingsWithoutDwelling) {
            return new Gaps(this.households + households, this.withoutLease + withoutLease,
                    this.withoutContact + withoutContact, this.withoutTenantNumber + withoutTenantNumber,
                    this.sitesWithoutReferent + sitesWithoutReferent,
                    this.buildingsWithoutDwelling + buildingsWithoutDwelling);
        }
    }

    @Test
    void countsWhatTheOrganisationsActiveRecordsLackAndNeverAnotherOrganisations() {
        Gaps before = gaps(ADMIN);
        Gaps otherBefore = gaps(Users.ADMIN_LLB);

        // A site without referent, holding a building without dwelling.
        String site = Places.site(ADMIN, Places.uniqueName("Gaps"));
        Places.building(ADMIN, site, "Rue des Lacunes", "1");
        // A household with nothing but its name; a complete one (lease, phone, tenant number) on a site with a referent.
        household(Map.of("members", List.of(member(null))));
        String[] place = Places.siteWithDwelling(ADMIN);
        as(ADMIN).header("If-Match", "\"0\"")
                .body(Map.of("referentSocialWorkerId", be.hestia.testsupport.Households.subject(Users.SOCIAL_WORKER_BINHOME)))
                .put("/api/v1/sites/" + place[0] + "/assignments").then().statusCode(200);
        String complete = household(Map.of("externalRef", "T-" + UUID.randomUUID().toString().substring(0, 8),
                "members", List.of(member("+32 2 555 01 23"))));
        as(ADMIN).header("If-Match", "\"0\"").body(Map.of("dwellingId", place[2], "startDate", "2020-01-01"))
                .post("/api/v1/households/" + complete + "/leases").then().statusCode(200);

        assertThat(gaps(ADMIN)).isEqualTo(before.plus(2, 1, 1, 1, 1, 1));

        // The same gaps in another organisation change nothing here, and this one's nothing there.
        String llbSite = Places.site(Users.ADMIN_LLB, Places.uniqueName("Gaps"));
        Places.building(Users.ADMIN_LLB, llbSite, "Rue des Lacunes", "2");
        as(Users.ADMIN_LLB).body(Map.of("members", List.of(member(null)))).post("/api/v1/households")
                .then().statusCode(201);
        assertThat(gaps(ADMIN)).isEqualTo(before.plus(2, 1, 1, 1, 1, 1));
        assertThat(gaps(Users.ADMIN_LLB)).isEqualTo(otherBefore.plus(1, 1, 1, 1, 1, 1));
    }

    @Test
    void onlyTheAdministratorSeesTheCounts() {
        for (String user : List.of(Users.SOCIAL_WORKER_BINHOME, Users.MANAGER_BINHOME, Users.DPO_BINHOME)) {
            as(user).get("/api/v1/data-to-complete").then().statusCode(403).body("code", equalTo("forbidden"));
        }
    }

    private static Map<String, Object> member(String phone) {
        return phone == null
                ? Map.of("firstName", "Nadia", "lastName", "Lacune", "role", "reference-tenant", "preferredLanguage", "fr")
                : Map.of("firstName", "Nadia", "lastName", "Complète", "role", "reference-tenant",
                        "preferredLanguage", "nl", "phone", phone);
    }

    private static String household(Map<String, Object> body) {
        return as(ADMIN).body(body).post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    private static Gaps gaps(String admin) {
        Map<String, Integer> body = as(admin).get("/api/v1/data-to-complete").then().statusCode(200).extract()
                .path("");
        return new Gaps(body.get("households"), body.get("householdsWithoutLease"),
                body.get("householdsWithoutContact"), body.get("householdsWithoutTenantNumber"),
                body.get("sitesWithoutReferent"), body.get("buildingsWithoutDwelling"));
    }
}
