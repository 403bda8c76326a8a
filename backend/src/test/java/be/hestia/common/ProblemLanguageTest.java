package be.hestia.common;

import static be.hestia.testsupport.Api.anonymous;
import static be.hestia.testsupport.Api.as;
import static be.hestia.testsupport.Api.invalidAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Households;
import be.hestia.testsupport.Places;
import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

/** Problems answer in the caller's language: the best of fr, nl, en in Accept-Language; English by default. */
@QuarkusTest
class ProblemLanguageTest {

    private static final String SW = Users.SOCIAL_WORKER_BINHOME;
    private static final String NO_SUCH_FILE = "/api/v1/case-files/" + UUID.randomUUID();

    @Test
    void aProblemAnswersInTheCallersLanguage() {
        as(SW).header("Accept-Language", "nl-BE,nl;q=0.9,fr;q=0.5").get(NO_SUCH_FILE).then().statusCode(404)
                .header("Content-Language", "nl").body("code", equalTo("not-found"))
                .body("title", equalTo("Niet gevonden"))
                .body("detail", equalTo("Dit dossier bestaat niet of hoort bij een andere organisatie."));
        as(SW).header("Accept-Language", "fr-BE").get(NO_SUCH_FILE).then().statusCode(404)
                .header("Content-Language", "fr").body("title", equalTo("Introuvable"))
                .body("detail", equalTo("Ce dossier n’existe pas ou appartient à une autre organisation."));
    }

    @Test
    void anApiClientWithoutAMatchingLanguageGetsEnglish() {
        as(SW).get(NO_SUCH_FILE).then().statusCode(404).header("Content-Language", "en")
                .body("title", equalTo("Not found")).body("detail", equalTo("No such case file in your organisation."));
        as(SW).header("Accept-Language", "de-DE").get(NO_SUCH_FILE).then().statusCode(404)
                .body("title", equalTo("Not found"));
        anonymous().header("Accept-Language", "nl").get("/api/v1/case-files").then().statusCode(401)
                .body("title", equalTo("Niet aangemeld"));
    }

    @Test
    void hestiasOwnViolationsAndTheirArgumentsAreTranslated() {
        String household = Households.householdOnSiteOf(Households.subject(SW), Places.uniqueName("Taal"));
        String file = as(SW).body(Map.of("householdId", household, "requestSource", "tenant", "themes",
                List.of("energy"))).post("/api/v1/case-files").then().statusCode(201).extract().path("id");
        as(SW).header("Accept-Language", "nl").header("If-Match", "\"0\"").body(Map.of("to", "closed"))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(400)
                .body("title", equalTo("Ongeldige velden"))
                .body("violations.message", contains("vul de reden van afsluiting in"));
        as(SW).header("Accept-Language", "fr").header("If-Match", "\"0\"").body(Map.of("to", "archived"))
                .post("/api/v1/case-files/" + file + "/transitions").then().statusCode(409)
                .body("code", equalTo("invalid-transition"))
                .body("detail", equalTo("Ce dossier est «\u00a0ouvert\u00a0»\u00a0: il ne peut pas passer à «\u00a0archivé\u00a0»."));
    }

    @Test
    void beanValidationMessagesFollowTheCallersLanguageToo() {
        Map<String, Object> noTheme = Map.of("householdId", UUID.randomUUID().toString(), "requestSource", "tenant",
                "themes", List.of());
        String english = invalidAs(SW).body(noTheme).post("/api/v1/case-files").then().statusCode(400)
                .extract().path("violations[0].message");
        invalidAs(SW).header("Accept-Language", "fr").body(noTheme).post("/api/v1/case-files").then().statusCode(400)
                .body("title", equalTo("Champs non valides"))
                .body("violations[0].field", equalTo("themes"))
                .body("violations[0].message", not(equalTo(english)));
        invalidAs(SW).header("Accept-Language", "nl").body(noTheme).post("/api/v1/case-files").then().statusCode(400)
                .body("violations[0].message", not(equalTo(english)));
    }
}
