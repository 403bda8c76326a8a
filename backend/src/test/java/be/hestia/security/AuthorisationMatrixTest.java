package be.hestia.security;

import static be.hestia.testsupport.Api.anonymous;
import static be.hestia.testsupport.Api.as;
import static be.hestia.testsupport.Api.withForgedToken;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation, with real Keycloak tokens: 401 without a token, 403 for a role that may not,
 * 404 (never 403, never the record) for another organisation's record — and nothing changed.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    /** One operation of the contract; {@code forbidden} is a user whose roles do not allow it. */
    record Operation(String method, String path, Object body, String forbidden, String otherOrganisation,
            Map<String, String> headers) {

        Operation(String method, String path, Object body, String forbidden, String otherOrganisation) {
            this(method, path, body, forbidden, otherOrganisation, Map.of());
        }
    }

    private List<Operation> operations() {
        String[] binhome = Places.siteWithDwelling(Users.ADMIN_BINHOME);
        String site = binhome[0];
        String building = binhome[1];
        String dwelling = binhome[2];
        Map<String, Object> siteBody = Map.of("name", "Renamed");
        Map<String, Object> buildingBody = Map.of("siteId", site, "street", "Rue X", "number", "1", "postcode", "1180",
                "commune", "UCCLE");
        Map<String, Object> dwellingBody = Map.of("buildingId", building, "unit", "9.99", "floor", 9, "bedrooms", 1,
                "type", "studio");
        String reader = Users.SOCIAL_WORKER_BINHOME;
        String outsider = Users.SLRB_ANALYST;
        String llbReader = Users.SOCIAL_WORKER_LLB;
        String llbAdmin = Users.ADMIN_LLB;
        String household = be.hestia.testsupport.Households.household(Users.ADMIN_BINHOME, "Matrix", "Household",
                null);
        String caseFile = as(Users.SOCIAL_WORKER_BINHOME).body(Map.of("householdId", household, "requestSource",
                "tenant", "themes", List.of("other"))).post("/api/v1/case-files").then().statusCode(201)
                .extract().path("id");
        String entry = as(Users.SOCIAL_WORKER_BINHOME).body(entryBody()).post("/api/v1/case-files/" + caseFile
                + "/entries").then().statusCode(201).extract().path("id");
        String attachment = as(Users.SOCIAL_WORKER_BINHOME).contentType("application/octet-stream")
                .body(be.hestia.testsupport.Documents.PDF).queryParam("fileName", "matrix.pdf")
                .post("/api/v1/case-files/" + caseFile + "/attachments").then().statusCode(201).extract().path("id");
        String attachments = "/api/v1/case-files/" + caseFile + "/attachments";
        Map<String, Object> householdBody = Map.of("members", List.of(Map.of("firstName", "A", "lastName", "B",
                "role", "reference-tenant", "preferredLanguage", "nl")));
        List<Operation> ops = new ArrayList<>();
        ops.add(new Operation("GET", "/api/v1/households", null, Users.PCS_COORDINATOR, null));
        ops.add(new Operation("POST", "/api/v1/households", householdBody, Users.FIELD_AGENT_BINHOME, null));
        ops.add(new Operation("GET", "/api/v1/households/" + household, null, Users.SLRB_ANALYST, llbReader));
        ops.add(new Operation("PUT", "/api/v1/households/" + household, householdBody, Users.COLLECTIVE_WORKER_BINHOME,
                llbAdmin));
        ops.add(new Operation("POST", "/api/v1/households/" + household + "/leases",
                Map.of("dwellingId", dwelling, "startDate", "2020-01-01"), Users.RENOVATION_WORKER_BINHOME, llbAdmin));
        ops.add(new Operation("GET", "/api/v1/case-files", null, Users.FIELD_AGENT_BINHOME, null));
        ops.add(new Operation("POST", "/api/v1/case-files", Map.of("householdId", household, "requestSource",
                "tenant", "themes", List.of("other")), Users.ADMIN_BINHOME, null));
        ops.add(new Operation("GET", "/api/v1/case-files/" + caseFile, null, Users.DPO_BINHOME, llbReader));
        ops.add(new Operation("POST", "/api/v1/case-files/" + caseFile + "/transitions", Map.of("to", "active"),
                Users.RENOVATION_WORKER_BINHOME, llbReader));
        ops.add(new Operation("GET", "/api/v1/case-files/" + caseFile + "/entries", null, Users.COLLECTIVE_WORKER_BINHOME,
                llbReader));
        ops.add(new Operation("POST", "/api/v1/case-files/" + caseFile + "/entries", entryBody(), Users.ADMIN_BINHOME,
                llbReader));
        ops.add(new Operation("GET", "/api/v1/case-files/" + caseFile + "/entries/" + entry, null,
                Users.SLRB_ANALYST, llbReader));
        ops.add(new Operation("PUT", "/api/v1/case-files/" + caseFile + "/entries/" + entry, entryBody(),
                Users.PCS_COORDINATOR, llbReader));
        ops.add(new Operation("GET", attachments, null, Users.COLLECTIVE_WORKER_BINHOME, llbReader));
        ops.add(new Operation("POST", attachments + "?fileName=x.pdf", be.hestia.testsupport.Documents.PDF,
                Users.DPO_BINHOME, llbReader));
        ops.add(new Operation("GET", attachments + "/" + attachment, null, Users.FIELD_AGENT_BINHOME, llbReader));
        ops.add(new Operation("GET", attachments + "/" + attachment + "/content", null, Users.ADMIN_BINHOME,
                llbReader));
        ops.add(new Operation("DELETE", attachments + "/" + attachment, null, Users.SLRB_ANALYST, llbReader));
        ops.add(new Operation("GET", "/api/v1/access-log", null, Users.SOCIAL_WORKER_BINHOME, null));
        ops.add(new Operation("GET", "/api/v1/case-files/" + caseFile + "/referrals", null, Users.DPO_BINHOME, null));
        ops.add(new Operation("POST", "/api/v1/case-files/" + caseFile + "/referrals", Map.of("partnerKind", "cpas",
                "partnerName", "CPAS", "reason", "x", "consentGiven", true), Users.ADMIN_BINHOME, null));
        ops.add(new Operation("GET", "/api/v1/case-files/" + caseFile + "/tasks", null, Users.RENOVATION_WORKER_BINHOME,
                null));
        ops.add(new Operation("POST", "/api/v1/case-files/" + caseFile + "/tasks", Map.of("title", "x", "dueDate",
                "2026-12-01"), Users.COLLECTIVE_WORKER_BINHOME, null));
        ops.add(new Operation("GET", "/api/v1/agenda", null, Users.FIELD_AGENT_BINHOME, null));
        ops.add(new Operation("GET", "/api/v1/caseloads", null, Users.SOCIAL_WORKER_BINHOME, null));
        ops.add(new Operation("GET", "/api/v1/me", null, null, null));
        ops.add(new Operation("GET", "/api/v1/organisations", null, null, null));
        ops.add(new Operation("GET", "/api/v1/communes", null, null, null));
        ops.add(new Operation("GET", "/api/v1/staff", null, reader, null));
        ops.add(new Operation("GET", "/api/v1/sites", null, outsider, null));
        ops.add(new Operation("POST", "/api/v1/sites", siteBody, reader, null));
        ops.add(new Operation("GET", "/api/v1/sites/" + site, null, outsider, llbReader));
        ops.add(new Operation("PUT", "/api/v1/sites/" + site, siteBody, reader, llbAdmin));
        ops.add(new Operation("PUT", "/api/v1/sites/" + site + "/assignments", Map.of(), reader, llbAdmin));
        ops.add(new Operation("DELETE", "/api/v1/sites/" + site, null, reader, llbAdmin));
        ops.add(new Operation("GET", "/api/v1/buildings", null, Users.PCS_COORDINATOR, null));
        ops.add(new Operation("POST", "/api/v1/buildings", buildingBody, Users.MANAGER_BINHOME, null));
        ops.add(new Operation("GET", "/api/v1/buildings/" + building, null, outsider, llbReader));
        ops.add(new Operation("PUT", "/api/v1/buildings/" + building, buildingBody, Users.FIELD_AGENT_BINHOME,
                llbAdmin));
        ops.add(new Operation("DELETE", "/api/v1/buildings/" + building, null, reader, llbAdmin));
        ops.add(new Operation("GET", "/api/v1/dwellings", null, outsider, null));
        ops.add(new Operation("POST", "/api/v1/dwellings", dwellingBody, Users.DPO_BINHOME, null));
        ops.add(new Operation("GET", "/api/v1/dwellings/" + dwelling, null, Users.PCS_COORDINATOR, llbReader));
        ops.add(new Operation("PUT", "/api/v1/dwellings/" + dwelling, dwellingBody, Users.RENOVATION_WORKER_BINHOME,
                llbAdmin));
        ops.add(new Operation("DELETE", "/api/v1/dwellings/" + dwelling, null, reader, llbAdmin));
        addDataProtection(ops, household, caseFile);
        return ops;
    }

    /** Subject-access exports and retention: the DPO only; another organisation's household or file is 404. */
    private static void addDataProtection(List<Operation> ops, String household, String caseFile) {
        String base = "/api/v1/data-protection";
        Map<String, String> reason = Map.of("Hestia-Access-Reason", "Matrix");
        String run = as(Users.DPO_BINHOME).post(base + "/retention/runs").then().statusCode(201)
                .extract().path("id");
        ops.add(new Operation("GET", base + "/households/" + household + "/export", null, Users.MANAGER_BINHOME,
                Users.DPO_LLB, reason));
        ops.add(new Operation("GET", base + "/households/" + household + "/export/document", null,
                Users.SOCIAL_WORKER_BINHOME, Users.DPO_LLB, reason));
        ops.add(new Operation("GET", base + "/retention/report", null, Users.ADMIN_BINHOME, null));
        ops.add(new Operation("GET", base + "/retention/runs", null, Users.MANAGER_BINHOME, null));
        ops.add(new Operation("POST", base + "/retention/runs", null, Users.SOCIAL_WORKER_BINHOME, null));
        ops.add(new Operation("GET", base + "/retention/runs/" + run, null, Users.SLRB_ANALYST, Users.DPO_LLB));
        ops.add(new Operation("POST", base + "/retention/holds", Map.of("caseFileId", caseFile, "reason", "Litige"),
                Users.MANAGER_BINHOME, Users.DPO_LLB));
        ops.add(new Operation("DELETE", base + "/retention/holds/" + caseFile, null, Users.SOCIAL_WORKER_BINHOME,
                Users.DPO_LLB));
    }

    private static Map<String, Object> entryBody() {
        return Map.of("kind", "phone-call", "occurredAt", "2026-11-20T10:00:00Z", "summary", "Appel",
                "visibility", "service");
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswers401WithoutAToken() {
        return operations().stream().map(op -> DynamicTest.dynamicTest(op.method() + " " + op.path(), () -> {
            send(anonymous(), op).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("code", equalTo("unauthenticated"));
            send(withForgedToken(), op).then().statusCode(401).body("code", equalTo("unauthenticated"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswers403ToARoleThatMayNot() {
        return operations().stream().filter(op -> op.forbidden() != null)
                .map(op -> DynamicTest.dynamicTest(op.method() + " " + op.path() + " as " + op.forbidden(), () -> {
                    send(as(op.forbidden()), op).then().statusCode(403)
                            .contentType("application/problem+json")
                            .body("code", equalTo("forbidden"));
                }));
    }

    @TestFactory
    Stream<DynamicTest> anotherOrganisationsRecordIsNotFoundAndUnchanged() {
        return operations().stream().filter(op -> op.otherOrganisation() != null)
                .map(op -> DynamicTest.dynamicTest(op.method() + " " + op.path(), () -> {
                    String recordPath = op.path().replace("/assignments", "").replace("/leases", "")
                            .replace("/transitions", "").replace("/content", "").replaceAll("\\?.*", "");
                    String owner = recordPath.contains("case-files") ? Users.SOCIAL_WORKER_BINHOME : Users.ADMIN_BINHOME;
                    // Data-protection operations change no versioned record; DataProtection tests check "unchanged".
                    boolean list = recordPath.endsWith("/entries") || recordPath.endsWith("/attachments")
                            || recordPath.contains("/data-protection/");
                    long before = list ? 0 : as(owner).get(recordPath).then().statusCode(200)
                            .extract().jsonPath().getLong("version");
                    send(as(op.otherOrganisation()), op, before).then()
                            .statusCode(404)
                            .contentType("application/problem+json")
                            .body("code", equalTo("not-found"));
                    if (!list) {
                        as(owner).get(recordPath).then().statusCode(200)
                                .body("version", equalTo((int) before))
                                .body("retiredAt", equalTo(null));
                    }
                }));
    }

    private static Response send(RequestSpecification request, Operation op) {
        return send(request, op, 0);
    }

    private static Response send(RequestSpecification request, Operation op, long version) {
        if (op.method().equals("PUT") || op.method().equals("DELETE") || op.path().endsWith("/leases")
                || op.path().endsWith("/transitions")) {
            request = request.header("If-Match", "\"" + version + "\"");
        }
        if (op.body() instanceof byte[] bytes) {
            request = request.contentType("application/octet-stream").body(bytes);
        } else if (op.body() != null) {
            request = request.body(op.body());
        }
        request = request.headers(op.headers());
        return request.request(op.method(), op.path());
    }
}
