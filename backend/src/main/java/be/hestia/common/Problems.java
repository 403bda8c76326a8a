package be.hestia.common;

import java.util.List;

import be.hestia.api.model.Violation;

/** The problems Hestia answers with, one factory each, so that codes stay stable and few. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "No such " + what + ".", List.of());
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(400, "validation-failed", "The request has invalid fields.", violations);
    }

    public static ProblemException tooLarge(String code, String detail) {
        return new ProblemException(413, code, detail, List.of());
    }

    public static ProblemException unsupportedType(String code, String detail) {
        return new ProblemException(415, code, detail, List.of());
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, detail, List.of());
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(412, "precondition-failed",
                "The record was changed by someone else since you read it; nothing was changed. Reload it and try again.",
                List.of());
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required",
                "Send the ETag of the version you edit in If-Match.", List.of());
    }
}
