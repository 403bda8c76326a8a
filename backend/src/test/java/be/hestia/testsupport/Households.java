package be.hestia.testsupport;

import static be.hestia.testsupport.Api.as;

import java.util.List;
import java.util.Map;

/** Creates households through the API. */
public final class Households {

    private Households() {
    }

    public static Map<String, Object> member(String firstName, String lastName, String role) {
        return Map.of("firstName", firstName, "lastName", lastName, "role", role, "preferredLanguage", "fr",
                "phone", "+32 2 555 01 23");
    }

    /** A household whose reference tenant is {@code firstName lastName}, renting {@code dwellingId}. */
    public static String household(String user, String firstName, String lastName, String dwellingId) {
        String id = as(user).body(Map.of("members", List.of(member(firstName, lastName, "reference-tenant"),
                member("Léa", lastName, "child")))).post("/api/v1/households")
                .then().statusCode(201).extract().path("id");
        if (dwellingId != null) {
            as(user).header("If-Match", "\"0\"").body(Map.of("dwellingId", dwellingId, "startDate", "2020-01-01"))
                    .post("/api/v1/households/" + id + "/leases").then().statusCode(200);
        }
        return id;
    }

    /** A household on a new site of BinHôme whose referent is {@code referentSubject}. */
    public static String householdOnSiteOf(String referentSubject, String lastName) {
        String[] place = Places.siteWithDwelling(Users.ADMIN_BINHOME);
        as(Users.ADMIN_BINHOME).header("If-Match", "\"0\"")
                .body(Map.of("referentSocialWorkerId", referentSubject))
                .put("/api/v1/sites/" + place[0] + "/assignments").then().statusCode(200);
        return household(Users.ADMIN_BINHOME, "Marie", lastName, place[2]);
    }

    public static String subject(String user) {
        return as(user).get("/api/v1/me").then().statusCode(200).extract().path("subject");
    }
}
