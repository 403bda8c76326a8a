package be.hestia.casefile;

import java.util.List;
import java.util.UUID;

import be.hestia.api.model.CaseFileRef;
import be.hestia.api.model.Problem;
import be.hestia.api.model.ProblemCode;
import be.hestia.common.ProblemException;
import be.hestia.common.Problems;

/**
 * A household has one followed file at most: the refusal names the one that is open, by id and
 * reference, so that the caller can go to it (its content stays behind {@code getCaseFile}).
 */
final class CaseFileAlreadyOpen extends ProblemException {

    private final UUID openId;
    private final String openReference;

    CaseFileAlreadyOpen(CaseFile open) {
        super(409, ProblemCode.CASE_FILE_ALREADY_OPEN, Problems.detail(ProblemCode.CASE_FILE_ALREADY_OPEN,
                open.reference), List.of());
        this.openId = open.id;
        this.openReference = open.reference;
    }

    @Override
    public void complete(Problem problem) {
        problem.setOpenCaseFile(new CaseFileRef(openId, openReference));
    }
}
