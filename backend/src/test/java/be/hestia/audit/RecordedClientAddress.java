package be.hestia.audit;

import static be.hestia.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;

/** Opens a case file with a given X-Forwarded-For header and reads back the client address the access log kept. */
final class RecordedClientAddress {

    static final String NAMED_CLIENT = "203.0.113.7";

    private RecordedClientAddress() {
    }

    static String whenForwardedFor(String forwardedFor) {
        String worker = Users.SOCIAL_WORKER_BINHOME;
        String household = Households.householdOnSiteOf(Households.subject(worker), Places.uniqueName("Peeters"));
        as(worker).header("X-Forwarded-For", forwardedFor)
                .body(Map.of("householdId", household, "requestSource", "tenant", "requestDetail", "Facture d'énergie",
                        "themes", List.of("energy")))
                .post("/api/v1/case-files").then().statusCode(201);
        return as(Users.DPO_BINHOME).queryParam("householdId", household).get("/api/v1/access-log")
                .then().statusCode(200).extract().path("items.find { it.action == 'create' }.clientAddress");
    }
}
