package be.hestia.common;

import java.util.List;
import be.hestia.api.model.ProblemCode;


/**
 * The problems Hestia answers with, one factory each, so that codes stay stable and few. A code's
 * texts are in {@code messages/problems_<language>.properties}: {@code <code>.title},
 * {@code <code>.detail} (with arguments {@code {0}}...) and violation messages {@code violation.<key>}.
 */
public final class Problems {

    private Problems() {
    }

    /** The code's own detail text, with its arguments. */
    public static Message detail(ProblemCode code, Object... args) {
        return Message.of(code + ".detail", args);
    }

    /** {@code what}: the record's kind, e.g. "case-file" (text {@code not-found.detail.case-file}). */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, ProblemCode.NOT_FOUND, Message.of("not-found.detail." + what), List.of());
    }

    public static ProblemException forbidden(ProblemCode code, Object... args) {
        return new ProblemException(403, code, detail(code, args), List.of());
    }

    /** A 400 on one field; {@code key} names the text {@code violation.<key>}. */
    public static ProblemException invalid(String field, String key, Object... args) {
        return invalid(List.of(violation(field, key, args)));
    }

    public static ProblemException invalid(List<FieldMessage> violations) {
        return new ProblemException(400, ProblemCode.VALIDATION_FAILED, detail(ProblemCode.VALIDATION_FAILED),
                violations);
    }

    /** A violation whose text is {@code violation.<key>}. */
    public static FieldMessage violation(String field, String key, Object... args) {
        return new FieldMessage(field, Message.of("violation." + key, args));
    }

    public static ProblemException tooLarge(ProblemCode code, Object... args) {
        return new ProblemException(413, code, detail(code, args), List.of());
    }

    public static ProblemException unsupportedType(ProblemCode code, Object... args) {
        return new ProblemException(415, code, detail(code, args), List.of());
    }

    public static ProblemException conflict(ProblemCode code, Object... args) {
        return new ProblemException(409, code, detail(code, args), List.of());
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(412, ProblemCode.PRECONDITION_FAILED, detail(ProblemCode.PRECONDITION_FAILED),
                List.of());
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, ProblemCode.PRECONDITION_REQUIRED,
                detail(ProblemCode.PRECONDITION_REQUIRED), List.of());
    }
}
