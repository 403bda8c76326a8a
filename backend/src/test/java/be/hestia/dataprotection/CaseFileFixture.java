package be.hestia.dataprotection;

import static be.hestia.testsupport.Api.as;

import java.util.List;
import java.util.Map;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;

/**
 * A case file with something in every section, made through the API by its referent social
 * worker: a service entry, a personal working note (private entry), a referral and a task. Every
 * text is unique, so that a test can look for it anywhere.
 */
record CaseFileFixture(String household, String file, String requestDetail, String serviceNote,
        String secret, String referralReason, String taskTitle) {

    static final String SW = Users.SOCIAL_WORKER_BINHOME;

    static CaseFileFixture create(String lastName) {
        String household = Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName(lastName));
        return createFor(household);
    }

    static CaseFileFixture createFor(String household) {
        String requestDetail = Places.uniqueName("Demande d'aide pour les arriérés");
        String file = as(SW).body(Map.of("householdId", household, "requestSource", "tenant", "requestDetail",
                requestDetail, "themes", List.of("rent-arrears", "energy"))).post("/api/v1/case-files")
                .then().statusCode(201).extract().path("id");
        String serviceNote = Places.uniqueName("SERVICE-NOTE");
        String secret = Places.uniqueName("SECRET-NOTE");
        // Written once with a draft of its note, then edited: the draft is an earlier version.
        String visit = entry(file, "Visite à domicile", serviceNote + " (brouillon)", "Mme et M.", "service");
        as(SW).header("If-Match", "\"0\"").body(Map.of("kind", "home-visit", "occurredAt", "2026-11-20T10:00:00+01:00",
                "summary", "Visite à domicile", "note", serviceNote, "participants", "Mme et M.", "visibility", "service"))
                .put("/api/v1/case-files/" + file + "/entries/" + visit).then().statusCode(200);
        entry(file, "Impression " + secret, secret, "Participants " + secret, "private");
        String referralReason = Places.uniqueName("Médiation de dettes");
        as(SW).body(Map.of("partnerKind", "debt-mediation", "partnerName", "Service de médiation d'Uccle",
                "reason", referralReason, "consentGiven", true, "consentNote", "Accord oral"))
                .post("/api/v1/case-files/" + file + "/referrals").then().statusCode(201);
        String taskTitle = Places.uniqueName("Rappeler le CPAS");
        as(SW).body(Map.of("title", taskTitle, "dueDate", "2026-12-01"))
                .post("/api/v1/case-files/" + file + "/tasks").then().statusCode(201);
        return new CaseFileFixture(household, file, requestDetail, serviceNote, secret, referralReason, taskTitle);
    }

    static String entry(String file, String summary, String note, String participants, String visibility) {
        return as(SW).body(Map.of("kind", "home-visit", "occurredAt", "2026-11-20T10:00:00+01:00", "summary", summary,
                "note", note, "participants", participants, "visibility", visibility))
                .post("/api/v1/case-files/" + file + "/entries").then().statusCode(201).extract().path("id");
    }

    /** Closes the file with a reason; returns the reason. */
    String close() {
        String reason = Places.uniqueName("Plan d'apurement respecté");
        long version = as(SW).get("/api/v1/case-files/" + file).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        as(SW).header("If-Match", "\"" + version + "\"").body(Map.of("to", "closed", "reason", reason))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(200);
        return reason;
    }

    /** Reopens the (closed) file. */
    void reopen() {
        long version = as(SW).get("/api/v1/case-files/" + file).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        as(SW).header("If-Match", "\"" + version + "\"").body(Map.of("to", "open"))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(200);
    }
}
