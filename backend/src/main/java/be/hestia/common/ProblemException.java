package be.hestia.common;

import java.util.List;

import be.hestia.api.model.Violation;

/**
 * A failure with a meaning for the caller: it becomes an RFC 9457 problem document with a stable
 * {@code code}. Throw it through {@link Problems}; the mapping to HTTP lives in {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Violation> violations;

    public ProblemException(int status, String code, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }
}
