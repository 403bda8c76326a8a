package be.hestia.casefile;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.hestia.api.model.ProblemCode;
import be.hestia.audit.AccessLog;
import be.hestia.common.Problems;
import be.hestia.security.CurrentUser;
import be.hestia.security.OrganisationScope;
import be.hestia.security.Roles;

/**
 * The record-level rule of case files, checked first by every case-file operation: the file must
 * be the caller's organisation's (else 404), and a social worker opening a file outside their own
 * caseload must state a reason once per file and sign-in session (else 403). Every pass is logged.
 * Roles are checked before (only the social service reaches here).
 */
@ApplicationScoped
public class CaseFileAccess {

    private final CaseFileRepository files;
    private final OrganisationScope scope;
    private final CurrentUser user;
    private final AccessLog log;

    public CaseFileAccess(CaseFileRepository files, OrganisationScope scope, CurrentUser user, AccessLog log) {
        this.files = files;
        this.scope = scope;
        this.user = user;
        this.log = log;
    }

    /** The file, checked and its access logged as {@code action} on {@code recordType}. */
    public CaseFile require(UUID caseFileId, String reason, String action, String recordType, UUID recordId) {
        return check(files.findInOrganisation(caseFileId, scope.id()), reason, action, recordType, recordId);
    }

    /** The same, with the file locked for a change. */
    public CaseFile requireForUpdate(UUID caseFileId, String reason, String action, String recordType,
            UUID recordId) {
        return check(files.findInOrganisationForUpdate(caseFileId, scope.id()), reason, action, recordType,
                recordId);
    }

    private CaseFile check(java.util.Optional<CaseFile> found, String reason, String action, String recordType,
            UUID recordId) {
        // An anonymised file belongs to no household any more: it is statistics, not a file to open.
        CaseFile file = found.filter(f -> f.householdId != null).orElseThrow(() -> Problems.notFound("case-file"));
        String stated = reason == null || reason.isBlank() ? null : reason.strip();
        if (needsReason(file) && stated == null && !log.reasonStatedThisSession(AccessLog.CASE_FILE, file.id)) {
            throw Problems.forbidden(ProblemCode.ACCESS_REASON_REQUIRED);
        }
        if (stated != null && !recordType.equals(AccessLog.CASE_FILE)) {
            // The reason is asked per file: record it against the file too.
            log.record(action, AccessLog.CASE_FILE, file.id, file.householdId, stated);
        }
        log.recordInCaseFile(action, recordType, recordId == null ? file.id : recordId, file.householdId, file.id,
                stated);
        return file;
    }

    /**
     * A file's lifecycle (closing, reopening, every change of status) is its referent's and the
     * service manager's; a colleague reading it on a stated reason may not change it (403).
     */
    public void requireStatusRights(CaseFile file) {
        if (isOutsideCaseload(file.referentId)) {
            throw Problems.forbidden(ProblemCode.NOT_REFERENT);
        }
    }

    /**
     * For a file outside the caller's caseload: the reason they stated for it, now ({@code stated})
     * or earlier in this sign-in session. Empty for a file in their caseload.
     */
    public java.util.Optional<String> reasonGiven(CaseFile file, String stated) {
        if (!isOutsideCaseload(file.referentId)) {
            return java.util.Optional.empty();
        }
        if (stated != null && !stated.isBlank()) {
            return java.util.Optional.of(stated.strip());
        }
        return log.reasonStatedThisSessionFor(AccessLog.CASE_FILE, file.id);
    }

    private boolean needsReason(CaseFile file) {
        return isOutsideCaseload(file.referentId);
    }

    /**
     * Whether a file with this referent is outside the caller's need to know: for a social worker,
     * every file whose referent they are not. The service manager's view is service-wide.
     */
    boolean isOutsideCaseload(UUID referentId) {
        return !user.hasRole(Roles.SERVICE_MANAGER) && !user.id().equals(referentId);
    }
}
