package be.hestia.testsupport;

import static be.hestia.testsupport.Api.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One valid call of every operation of the contract, keyed by operationId, on fresh records of BinHôme, with the
 * demo user who may make it. Tests that walk the contract (the authorisation matrix, bad input) take the call and
 * change the caller or spoil the input. A new operation needs one line here; the tests fail until it has it.
 */
public final class OperationFixtures {

    private static final String ADMIN = Users.ADMIN_BINHOME;
    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final String DPO = Users.DPO_BINHOME;
    private static final String REASON = "Hestia-Access-Reason";

    private static final Map<String, Supplier<Call>> FIXTURES = catalogue();

    private OperationFixtures() {
    }

    /** A valid call: {@code user} may make it and it answers 2xx. Immutable; the withers return a copy. */
    public record Call(String user, Map<String, String> pathParams, Map<String, Object> query,
            Map<String, String> headers, String contentType, Object body) {

        static Call by(String user) {
            return new Call(user, Map.of(), Map.of(), Map.of(), null, null);
        }

        public Call path(String name, String value) {
            return new Call(user, with(pathParams, name, value), query, headers, contentType, body);
        }

        public Call query(String name, Object value) {
            return new Call(user, pathParams, with(query, name, value), headers, contentType, body);
        }

        public Call header(String name, String value) {
            return new Call(user, pathParams, query, with(headers, name, value), contentType, body);
        }

        public Call withoutHeader(String name) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.remove(name);
            return new Call(user, pathParams, query, copy, contentType, body);
        }

        /** The ETag of a record's first version. */
        public Call ifMatch(long version) {
            return header("If-Match", "\"" + version + "\"");
        }

        public Call json(Object json) {
            return body("application/json", json);
        }

        /** A body as is: a String, a byte[] or an object REST Assured serialises as JSON. */
        public Call body(String type, Object content) {
            return new Call(user, pathParams, query, headers, type, content);
        }

        /** Sends this call of {@code operation} through {@code request} (which carries the caller's token, if any). */
        public Response send(RequestSpecification request, Contract.Operation operation) {
            RequestSpecification spec = request.pathParams(pathParams).queryParams(query).headers(headers);
            if (body instanceof byte[] bytes) { // REST Assured serialises an Object by content type, not bytes
                spec = spec.contentType(contentType).body(bytes);
            } else if (body instanceof String text) {
                spec = spec.contentType(contentType).body(text);
            } else if (body != null) {
                spec = spec.contentType(contentType).body(body);
            }
            return spec.request(operation.method(), operation.path());
        }

        private static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
            Map<String, V> copy = new LinkedHashMap<>(map);
            copy.put(key, value);
            return copy;
        }
    }

    /** The operations that have a fixture. */
    public static Set<String> operationIds() {
        return FIXTURES.keySet();
    }

    /** A valid call of {@code operationId}, on records made for it now. */
    public static Call prepare(String operationId) {
        Supplier<Call> fixture = FIXTURES.get(operationId);
        if (fixture == null) {
            throw new AssertionError("No fixture for operation " + operationId + ": add one to OperationFixtures");
        }
        return fixture.get();
    }

    private static Map<String, Supplier<Call>> catalogue() {
        Map<String, Supplier<Call>> f = new LinkedHashMap<>();
        f.put("getMe", () -> Call.by(SW));
        f.put("listOrganisations", () -> Call.by(SW));
        f.put("listCommunes", () -> Call.by(SW));
        f.put("listStaff", () -> Call.by(ADMIN).query("q", "a"));

        f.put("listSites", () -> Call.by(ADMIN).query("q", "Site").query("commune", "UCCLE").query("size", 5));
        f.put("createSite", () -> Call.by(ADMIN).json(Map.of("name", Places.uniqueName("Fixture"), "description", "x")));
        f.put("getSite", () -> Call.by(ADMIN).path("siteId", site()));
        f.put("updateSite", () -> Call.by(ADMIN).path("siteId", site()).ifMatch(0)
                .json(Map.of("name", Places.uniqueName("Renamed"))));
        f.put("retireSite", () -> Call.by(ADMIN).path("siteId", site()).ifMatch(0));
        f.put("updateSiteAssignments", () -> Call.by(ADMIN).path("siteId", site()).ifMatch(0)
                .json(Map.of("referentSocialWorkerId", Households.subject(SW))));

        f.put("listBuildings", () -> Call.by(ADMIN).query("siteId", site()).query("page", 0));
        f.put("createBuilding", () -> Call.by(ADMIN).json(building(site())));
        f.put("getBuilding", () -> Call.by(ADMIN).path("buildingId", building()));
        f.put("updateBuilding", () -> {
            String site = site();
            return Call.by(ADMIN).path("buildingId", Places.building(ADMIN, site, "Rue Fixture", "1")).ifMatch(0)
                    .json(building(site));
        });
        f.put("retireBuilding", () -> Call.by(ADMIN).path("buildingId", building()).ifMatch(0));

        f.put("listDwellings", () -> Call.by(ADMIN).query("buildingId", building()).query("type", "studio"));
        f.put("createDwelling", () -> Call.by(ADMIN).json(dwelling(building())));
        f.put("getDwelling", () -> Call.by(ADMIN).path("dwellingId", Places.siteWithDwelling(ADMIN)[2]));
        f.put("updateDwelling", () -> {
            String building = building();
            return Call.by(ADMIN).path("dwellingId", Places.dwelling(ADMIN, building, "0.01")).ifMatch(0)
                    .json(dwelling(building));
        });
        f.put("retireDwelling", () -> Call.by(ADMIN).path("dwellingId", Places.siteWithDwelling(ADMIN)[2]).ifMatch(0));

        f.put("listHouseholds", () -> Call.by(ADMIN).query("q", "Fixture").query("size", 5));
        f.put("createHousehold", () -> Call.by(ADMIN).json(Map.of("members", household().get("members"),
                "lease", Map.of("dwellingId", Places.siteWithDwelling(ADMIN)[2], "startDate", "2020-01-01"))));
        f.put("getHousehold", () -> Call.by(ADMIN).path("householdId", householdId()));
        f.put("updateHousehold", () -> Call.by(ADMIN).path("householdId", householdId()).ifMatch(0).json(household()));
        f.put("startLease", () -> Call.by(ADMIN).path("householdId", householdId()).ifMatch(0)
                .json(Map.of("dwellingId", Places.siteWithDwelling(ADMIN)[2], "startDate", "2020-01-01")));
        // A dry run of a line naming no dwelling: the report rejects it, a real import would change nothing (422).
        f.put("importHouseholds", () -> Call.by(ADMIN).query("dryRun", true).body("text/csv; charset=UTF-8",
                "household_ref;role;last_name;first_name;birth_date;language;phone;email;street;number;postcode;"
                        + "unit;lease_start\nFIX-1;reference-tenant;Fixture;Anna;1980-01-01;fr;;;Nowhere;1;1180;"
                        + "9.99;2020-01-01\n"));
        // Households with their dwellings (issue 8): the import's template, a dwelling's leases.
        f.put("getHouseholdImportTemplate", () -> Call.by(ADMIN));
        f.put("listDwellingLeases", () -> {
            String dwelling = Places.siteWithDwelling(ADMIN)[2];
            Households.household(ADMIN, "Anna", "Fixture", dwelling);
            return Call.by(ADMIN).path("dwellingId", dwelling);
        });

        f.put("listCaseFiles", () -> Call.by(SW).query("mine", true).query("status", "open"));
        f.put("openCaseFile", () -> Call.by(SW).json(caseFileInput(householdId())));
        f.put("getCaseFile", () -> Call.by(SW).path("caseFileId", caseFile()));
        f.put("transitionCaseFile", () -> Call.by(SW).path("caseFileId", caseFile()).ifMatch(0)
                .json(Map.of("to", "active")));
        f.put("listCaseEntries", () -> Call.by(SW).path("caseFileId", caseFile()).query("size", 5));
        f.put("addCaseEntry", () -> Call.by(SW).path("caseFileId", caseFile()).json(entry()));
        f.put("getCaseEntry", () -> entryCall());
        f.put("updateCaseEntry", () -> entryCall().ifMatch(0).json(entry()));
        // An entry edited once: it has an earlier version to list.
        f.put("listCaseEntryVersions", () -> {
            Call call = entryCall();
            as(SW).header("If-Match", "\"0\"").body(Map.of("kind", "home-visit", "occurredAt", "2026-11-20T10:00:00Z",
                    "summary", "Visite", "visibility", "service"))
                    .put("/api/v1/case-files/{caseFileId}/entries/{entryId}", call.pathParams()).then().statusCode(200);
            return call;
        });
        f.put("listReferrals", () -> Call.by(SW).path("caseFileId", caseFile()));
        f.put("addReferral", () -> Call.by(SW).path("caseFileId", caseFile()).json(referral()));
        f.put("updateReferralOutcome", () -> {
            String file = caseFile();
            String referral = created(SW, referral(), "/api/v1/case-files/" + file + "/referrals");
            return Call.by(SW).path("caseFileId", file).path("referralId", referral).ifMatch(0)
                    .json(Map.of("status", "accepted", "outcome", "Rendez-vous fixé"));
        });
        f.put("listTasks", () -> Call.by(SW).path("caseFileId", caseFile()));
        f.put("addTask", () -> Call.by(SW).path("caseFileId", caseFile()).json(task()));
        f.put("updateTask", () -> {
            String file = caseFile();
            String task = created(SW, task(), "/api/v1/case-files/" + file + "/tasks");
            return Call.by(SW).path("caseFileId", file).path("taskId", task).ifMatch(0).json(task());
        });
        f.put("listAttachments", () -> Call.by(SW).path("caseFileId", caseFile()));
        f.put("uploadAttachment", () -> Call.by(SW).path("caseFileId", caseFile()).query("fileName", "fixture.pdf")
                .body("application/octet-stream", Documents.PDF));
        f.put("getAttachment", () -> attachmentCall());
        f.put("deleteAttachment", () -> attachmentCall().ifMatch(0));
        f.put("downloadAttachment", () -> attachmentCall());
        f.put("getAgenda", () -> Call.by(SW).query("today", "2026-11-20"));
        f.put("listAppointments", () -> Call.by(SW).path("caseFileId", caseFile()));
        f.put("addAppointment", () -> Call.by(SW).path("caseFileId", caseFile()).json(appointment()));
        f.put("updateAppointment", () -> {
            String file = caseFile();
            String appointment = created(SW, appointment(), "/api/v1/case-files/" + file + "/appointments");
            Map<String, Object> update = new java.util.HashMap<>(appointment());
            update.put("status", "cancelled");
            return Call.by(SW).path("caseFileId", file).path("appointmentId", appointment).ifMatch(0).json(update);
        });
        f.put("getCalendarFeedLink", () -> Call.by(SW));
        // Another worker than the feed's fixture below, whose key this would renew away.
        f.put("renewCalendarFeedKey", () -> Call.by(Users.MANAGER_BINHOME));
        f.put("getCalendarFeed", () -> Call.by(SW).path("feedKey", feedKey(SW)).query("lang", "nl"));
        f.put("listCaseloads", () -> Call.by(Users.MANAGER_BINHOME).query("quietDays", 30));
        f.put("getDataToComplete", () -> Call.by(ADMIN));
        // Staff directory and caseloads (issue 8)
        f.put("syncStaffDirectory", () -> Call.by(ADMIN));
        f.put("listCaseloadAlerts", () -> Call.by(Users.MANAGER_BINHOME));
        f.put("reassignCaseFile", () -> {
            String file = caseFile();
            as(Users.SOCIAL_WORKER_2_BINHOME).get("/api/v1/me").then().statusCode(200); // recorded as staff
            return Call.by(Users.MANAGER_BINHOME).path("caseFileId", file).ifMatch(0)
                    .json(Map.of("referentId", Households.subject(Users.SOCIAL_WORKER_2_BINHOME)));
        });
        f.put("listAccessLog", () -> Call.by(DPO).query("from", "2026-01-01T00:00:00Z").query("size", 5));
        f.put("exportAccessLog", () -> Call.by(DPO).query("from", "2026-11-01T00:00:00Z")
                .query("to", "2026-11-02T00:00:00Z"));

        f.put("exportHouseholdData", () -> Call.by(DPO).path("householdId", householdId()).header(REASON, "Fixture"));
        f.put("exportHouseholdDocument", () -> Call.by(DPO).path("householdId", householdId())
                .header(REASON, "Fixture"));
        f.put("getRetentionReport", () -> Call.by(DPO).query("size", 5));
        f.put("listRetentionRuns", () -> Call.by(DPO).query("page", 0));
        f.put("startRetentionDryRun", () -> Call.by(DPO));
        f.put("getRetentionRun", () -> Call.by(DPO).path("runId", as(DPO).post("/api/v1/data-protection/retention/runs")
                .then().statusCode(201).extract().path("id")));
        f.put("placeRetentionHold", () -> Call.by(DPO).json(Map.of("caseFileId", caseFile(), "reason", "Litige")));
        f.put("releaseRetentionHold", () -> {
            String file = caseFile();
            as(DPO).body(Map.of("caseFileId", file, "reason", "Litige")).post("/api/v1/data-protection/retention/holds")
                    .then().statusCode(201);
            return Call.by(DPO).path("caseFileId", file);
        });
        return Map.copyOf(f);
    }

    private static String site() {
        return Places.site(ADMIN, Places.uniqueName("Fixture"));
    }

    private static String building() {
        return Places.building(ADMIN, site(), "Rue Fixture", "1");
    }

    private static Map<String, Object> building(String site) {
        return Map.of("siteId", site, "street", "Rue du Merlo", "number", "2", "postcode", "1180", "commune", "UCCLE");
    }

    private static Map<String, Object> dwelling(String building) {
        return Map.of("buildingId", building, "unit", "9.99", "floor", 9, "bedrooms", 1, "type", "studio");
    }

    private static Map<String, Object> household() {
        return Map.of("externalRef", Places.uniqueName("F").strip(), "members",
                List.of(Households.member("Anna", "Fixture", "reference-tenant")));
    }

    private static String householdId() {
        return Households.household(ADMIN, "Anna", "Fixture", null);
    }

    private static Map<String, Object> caseFileInput(String household) {
        return Map.of("householdId", household, "requestSource", "tenant", "themes", List.of("other"));
    }

    private static String caseFile() {
        return created(SW, caseFileInput(householdId()), "/api/v1/case-files");
    }

    private static Map<String, Object> entry() {
        return Map.of("kind", "phone-call", "occurredAt", "2026-11-20T10:00:00Z", "summary", "Appel",
                "visibility", "service");
    }

    private static Call entryCall() {
        String file = caseFile();
        String entry = created(SW, entry(), "/api/v1/case-files/" + file + "/entries");
        return Call.by(SW).path("caseFileId", file).path("entryId", entry);
    }

    private static Map<String, Object> referral() {
        return Map.of("partnerKind", "cpas", "partnerName", "CPAS d'Uccle", "reason", "Aide", "consentGiven", true);
    }

    private static Map<String, Object> task() {
        return Map.of("title", "Rappeler", "dueDate", "2026-12-01");
    }

    private static Map<String, Object> appointment() {
        return Map.of("kind", "home-visit", "startsAt", "2026-12-10T09:00:00Z", "endsAt", "2026-12-10T10:00:00Z",
                "subject", "Visite à domicile", "place", "Au domicile");
    }

    /** The key of {@code user}'s calendar feed address. */
    public static String feedKey(String user) {
        String path = as(user).get("/api/v1/me/calendar-feed").then().statusCode(200).extract().path("path");
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
    }

    private static Call attachmentCall() {
        String file = caseFile();
        String attachment = as(SW).contentType("application/octet-stream").body(Documents.PDF)
                .queryParam("fileName", "fixture.pdf").post("/api/v1/case-files/" + file + "/attachments")
                .then().statusCode(201).extract().path("id");
        return Call.by(SW).path("caseFileId", file).path("attachmentId", attachment);
    }

    private static String created(String user, Object body, String path) {
        return as(user).body(body).post(path).then().statusCode(201).extract().path("id");
    }
}
