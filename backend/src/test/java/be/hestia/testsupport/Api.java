package be.hestia.testsupport;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured entry points. Every call is validated against openapi.yaml: requests and responses
 * for ordinary calls, responses only for calls that are deliberately invalid.
 */
public final class Api {

    private static final String CONTRACT = Path.of(System.getProperty("hestia.contract.file", "../openapi.yaml"))
            .toAbsolutePath().toUri().toString();

    private static final OpenApiValidationFilter STRICT = filter(LevelResolver.create().build());

    private static final OpenApiValidationFilter RESPONSES_ONLY = filter(LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE).build());

    private static final OpenApiValidationFilter WITHOUT_SECURITY = filter(LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE).build());

    private Api() {
    }

    /** A valid request by the demo user {@code username}, with a real Keycloak token. */
    public static RequestSpecification as(String username) {
        return given().filter(STRICT).auth().oauth2(token(username)).contentType(ContentType.JSON);
    }

    /** A request the contract forbids (bad body, bad parameter), by {@code username}. */
    public static RequestSpecification invalidAs(String username) {
        return given().filter(RESPONSES_ONLY).auth().oauth2(token(username)).contentType(ContentType.JSON);
    }

    /** A request without any token. */
    public static RequestSpecification anonymous() {
        return given().filter(WITHOUT_SECURITY).contentType(ContentType.JSON);
    }

    /** A request with a token that is not Keycloak's (bad signature). */
    public static RequestSpecification withForgedToken() {
        String forged = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwib3JnYW5pc2F0aW9uIjoiQklOSE9NRSJ9.c2lnbmF0dXJl";
        return given().filter(STRICT).auth().oauth2(forged).contentType(ContentType.JSON);
    }

    /** The strict contract filter, for requests built by hand (other content types). */
    public static OpenApiValidationFilter contractFilter() {
        return STRICT;
    }

    /** A real token of a demo user, or of the SLRB integration client's service account. */
    public static String token(String username) {
        return Users.SLRB_INTEGRATION.equals(username) ? Tokens.serviceAccountToken() : Tokens.accessToken(username);
    }

    private static OpenApiValidationFilter filter(LevelResolver levels) {
        return new OpenApiValidationFilter(
                OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).withLevelResolver(levels).build());
    }
}
