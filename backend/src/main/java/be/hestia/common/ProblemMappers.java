package be.hestia.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import be.hestia.api.model.Problem;
import be.hestia.api.model.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one table from exception to problem document. Every error leaves Hestia as
 * {@code application/problem+json}; a 500 says nothing about internals but logs an incident id.
 */
public class ProblemMappers {

    static final String PROBLEM_JSON = "application/problem+json";
    /** Jackson's only way of telling which required property a body lacks. */
    private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** PostgreSQL restarts (crash recovery included) in seconds; clients wait this long before retrying. */
    private static final String RETRY_AFTER_SECONDS = "5";

    /** Database constraints that mean a business conflict, by constraint name. */
    private static final Map<String, ProblemException> CONSTRAINTS = Map.of(
            "site_name_active_uk", Problems.conflict("site-name-taken", "An active site already has this name."),
            "dwelling_unit_active_uk",
            Problems.conflict("dwelling-unit-taken", "An active dwelling of this building already has this unit number."),
            "household_external_ref_uk",
            Problems.conflict("household-ref-taken", "Another household already has this rental-system number."),
            "lease_current_uk",
            Problems.conflict("concurrent-modification", "The household's lease changed at the same moment."));

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.code(), e.getMessage(), e.violations(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Your roles do not allow this.", List.of(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = fieldOf(violation.getPropertyPath());
            if (field.equals("If-Match")) {
                ProblemException required = Problems.preconditionRequired();
                return respond(428, required.code(), required.getMessage(), List.of(), uri);
            }
            violations.add(new Violation(field, violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::getField));
        return respond(400, "validation-failed", "The request has invalid fields.", violations, uri);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public RestResponse<Problem> concurrentEdit(RuntimeException e, UriInfo uri) {
        return respond(409, "concurrent-modification",
                "Someone else changed this record at the same moment; nothing was changed. Reload it and try again.",
                List.of(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        ProblemException known = e.getConstraintName() == null ? null : CONSTRAINTS.get(e.getConstraintName());
        if (known == null) {
            return internalError(e, uri);
        }
        return respond(known.status(), known.code(), known.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; it is bad input.
            return respond(400, "invalid-parameter", "A parameter of the request has an invalid value.", List.of(),
                    uri);
        }
        if (status >= 500) {
            return internalError(e, uri);
        }
        String code = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = status == 404 ? "No such resource." : Response.Status.fromStatusCode(status) == null
                ? "The request cannot be served." : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        return respond(status, code, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        return internalError(e, uri);
    }

    /** A body Jackson could not read: which field, when Jackson can tell. */
    private static RestResponse<Problem> jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return respond(400, "unknown-field", "The request has a field this operation does not know: " + field + ".",
                    List.of(new Violation(field, "unknown field")), uri);
        }
        Matcher missing = MISSING_PROPERTY.matcher(String.valueOf(e.getOriginalMessage()));
        if (missing.find()) {
            return respond(400, "validation-failed", "The request has invalid fields.",
                    List.of(new Violation(missing.group(1), "must not be null")), uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(400, "validation-failed", "The request has invalid fields.",
                    List.of(new Violation(jsonPath(mapping), "missing or invalid value")), uri);
        }
        return respond(400, "malformed-request", "The request body is not valid JSON for this operation.", List.of(),
                uri);
    }

    private RestResponse<Problem> internalError(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return serviceUnavailable(e, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s on %s", incident, uri.getPath());
        return respond(500, "internal-error", "Something went wrong on our side (incident " + incident + ").",
                List.of(), uri);
    }

    /** The database is out of reach: nothing is wrong with the request, and it may be sent again shortly. */
    private static RestResponse<Problem> serviceUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e);
        RestResponse<Problem> response = respond(503, "service-unavailable",
                "Hestia cannot reach its database at the moment. Try again in a few seconds.", List.of(), uri);
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return response;
    }

    private RestResponse<Problem> unauthenticated(UriInfo uri) {
        RestResponse<Problem> response = respond(401, "unauthenticated",
                "Sign in first: this operation needs a valid bearer token.", List.of(), uri);
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return response;
    }

    static RestResponse<Problem> respond(int status, String code, String detail, List<Violation> violations,
            UriInfo uri) {
        Problem problem = new Problem("urn:hestia:problem:" + code, title(status), status, code)
                .detail(detail)
                .instance(uri.getPath());
        if (!violations.isEmpty()) {
            problem.setViolations(violations);
        }
        return RestResponse.ResponseBuilder.<Problem> create(status).entity(problem).type(PROBLEM_JSON).build();
    }

    private static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (status == 428) {
            return "Precondition Required";
        }
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** The JSON field or query parameter a bean-validation path points at. */
    private static String fieldOf(Path path) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                if (!property.isEmpty()) {
                    property.append('.');
                }
                property.append(node.getName());
                if (node.getIndex() != null) {
                    property.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        if ("ifMatch".equals(parameter)) {
            return "If-Match";
        }
        return parameter == null ? "request" : parameter;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }
}
