package be.hestia.common;

import java.util.List;

import be.hestia.api.model.Problem;
import be.hestia.api.model.ProblemCode;


/**
 * A failure with a meaning for the caller: it becomes an RFC 9457 problem document with a stable
 * {@code code} from the contract. Its detail and violations are {@link Message}s, put in the
 * caller's language when answered. Throw it through {@link Problems}; the mapping to HTTP lives in
 * {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final ProblemCode code;
    private final Message detail;
    private final List<FieldMessage> violations;

    public ProblemException(int status, ProblemCode code, Message detail, List<FieldMessage> violations) {
        // The message (for logs) is the English text.
        super(ProblemTexts.text("en", detail), null, false, false);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.violations = List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public ProblemCode code() {
        return code;
    }

    public Message detail() {
        return detail;
    }

    public List<FieldMessage> violations() {
        return violations;
    }

    /**
     * Adds this problem's own extension members (those the contract's {@code Problem} lists) to the
     * document answered; none by default.
     */
    public void complete(Problem problem) {
        // Nothing to add by default.
    }
}
