package be.hestia.common;

import static be.hestia.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import be.hestia.testsupport.Users;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceAndContractTest {

    @Test
    void theSixteenOrganisationsAreSeededInBothLanguages() {
        as(Users.SLRB_ANALYST).get("/api/v1/organisations").then().statusCode(200)
                .body("", hasSize(16))
                .body("id", hasItems("BINHOME", "LLB"))
                .body("find { it.id == 'LLB' }.nameNl", equalTo("De Brusselse Woning"));
    }

    @Test
    void theNineteenCommunesCarryTheirPostcodes() {
        as(Users.FIELD_AGENT_BINHOME).get("/api/v1/communes").then().statusCode(200)
                .body("", hasSize(19))
                .body("find { it.code == 'UCCLE' }.nameNl", equalTo("Ukkel"))
                .body("find { it.code == 'UCCLE' }.postcodes", hasItems("1180"));
    }

    @Test
    void theServedContractIsTheRepositoryContract() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("operationId: listSites"))
                .body(containsString("title: Hestia API"));
    }

    @Test
    void corsAnswersOnlyTheConfiguredSpaOrigin() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,hestia-access-reason")
                .options("/api/v1/sites").then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-Match"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Hestia-Access-Reason"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/sites").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void healthIsPublicAndReady() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
