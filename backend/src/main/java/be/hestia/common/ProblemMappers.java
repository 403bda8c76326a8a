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
import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one table from exception to problem document. Every error leaves Hestia as
 * {@code application/problem+json}, its title, detail and violations in the caller's language
 * ({@link ProblemTexts}); a 500 says nothing about internals but logs an incident id.
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
            "site_name_active_uk", Problems.conflict(ProblemCode.SITE_NAME_TAKEN),
            "dwelling_unit_active_uk", Problems.conflict(ProblemCode.DWELLING_UNIT_TAKEN),
            "household_external_ref_uk", Problems.conflict(ProblemCode.HOUSEHOLD_REF_TAKEN),
            // Held by the service first, which names the open file; this is the last guard.
            "case_file_followed_uk", new ProblemException(409, ProblemCode.CASE_FILE_ALREADY_OPEN,
                    Message.of("case-file-already-open.detail.unnamed"), List.of()),
            "lease_current_uk", new ProblemException(409, ProblemCode.CONCURRENT_MODIFICATION,
                    Message.of("concurrent-modification.detail.lease"), List.of()));

    private final ProblemTexts texts;

    public ProblemMappers(ProblemTexts texts) {
        this.texts = texts;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        return respond(e, uri);
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
        return respond(403, ProblemCode.FORBIDDEN, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = fieldOf(violation.getPropertyPath());
            if (field.equals("If-Match")) {
                return respond(Problems.preconditionRequired(), uri);
            }
            // Hibernate Validator has already put the message in the request's language (quarkus.locales).
            violations.add(new Violation(field, violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::getField));
        return respond(400, ProblemCode.VALIDATION_FAILED, text(Problems.detail(ProblemCode.VALIDATION_FAILED)),
                violations, uri);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public RestResponse<Problem> concurrentEdit(RuntimeException e, UriInfo uri) {
        return respond(409, ProblemCode.CONCURRENT_MODIFICATION, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        ProblemException known = e.getConstraintName() == null ? null : CONSTRAINTS.get(e.getConstraintName());
        if (known == null) {
            return internalError(e, uri);
        }
        return respond(known, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; it is bad input.
            return respond(400, ProblemCode.INVALID_PARAMETER, uri);
        }
        if (status >= 500) {
            return internalError(e, uri);
        }
        ProblemCode code = switch (status) {
            case 401 -> ProblemCode.UNAUTHENTICATED;
            case 403 -> ProblemCode.FORBIDDEN;
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCode.NOT_ACCEPTABLE;
            case 413 -> ProblemCode.REQUEST_TOO_LARGE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            // Every code is in the contract's enum: any other client error is a bad request.
            default -> ProblemCode.BAD_REQUEST;
        };
        return respond(status, code, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        return internalError(e, uri);
    }

    /** A body Jackson could not read: which field, when Jackson can tell. */
    private RestResponse<Problem> jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return respond(new ProblemException(400, ProblemCode.UNKNOWN_FIELD,
                    Problems.detail(ProblemCode.UNKNOWN_FIELD, field),
                    List.of(Problems.violation(field, "unknown-field"))), uri);
        }
        Matcher missing = MISSING_PROPERTY.matcher(String.valueOf(e.getOriginalMessage()));
        if (missing.find()) {
            return respond(Problems.invalid(missing.group(1), "not-null"), uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(Problems.invalid(jsonPath(mapping), "invalid-value"), uri);
        }
        return respond(400, ProblemCode.MALFORMED_REQUEST, uri);
    }

    private RestResponse<Problem> internalError(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return serviceUnavailable(e, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s on %s", incident, uri.getPath());
        return respond(500, ProblemCode.INTERNAL_ERROR, text(Problems.detail(ProblemCode.INTERNAL_ERROR, incident)),
                List.of(), uri);
    }

    /** The database is out of reach: nothing is wrong with the request, and it may be sent again shortly. */
    private RestResponse<Problem> serviceUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e);
        RestResponse<Problem> response = respond(503, ProblemCode.SERVICE_UNAVAILABLE, uri);
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return response;
    }

    private RestResponse<Problem> unauthenticated(UriInfo uri) {
        RestResponse<Problem> response = respond(401, ProblemCode.UNAUTHENTICATED, uri);
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return response;
    }

    private RestResponse<Problem> respond(ProblemException e, UriInfo uri) {
        List<Violation> violations = e.violations().stream()
                .map(v -> new Violation(v.field(), text(v.message()))).toList();
        RestResponse<Problem> response = respond(e.status(), e.code(), text(e.detail()), violations, uri);
        e.complete(response.getEntity());
        return response;
    }

    /** A problem with its code's own detail. */
    private RestResponse<Problem> respond(int status, ProblemCode code, UriInfo uri) {
        return respond(status, code, text(Problems.detail(code)), List.of(), uri);
    }

    private RestResponse<Problem> respond(int status, ProblemCode code, String detail, List<Violation> violations,
            UriInfo uri) {
        Problem problem = new Problem("urn:hestia:problem:" + code, text(Message.of(code + ".title")), status, code)
                .detail(detail)
                .instance(uri.getPath());
        if (!violations.isEmpty()) {
            problem.setViolations(violations);
        }
        return RestResponse.ResponseBuilder.<Problem> create(status).entity(problem).type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, texts.language()).build();
    }

    private String text(Message message) {
        return texts.text(message);
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
