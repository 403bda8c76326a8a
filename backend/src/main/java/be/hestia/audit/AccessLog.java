package be.hestia.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import be.hestia.api.model.AccessAction;
import be.hestia.api.model.AccessLogAccess;
import be.hestia.api.model.AccessLogCaseFile;
import be.hestia.api.model.AccessLogEntry;
import be.hestia.api.model.AccessLogHousehold;
import be.hestia.api.model.AccessLogPage;
import be.hestia.api.model.AccessReasonCode;
import be.hestia.api.model.AccessRecordType;
import be.hestia.api.model.StaffSummary;
import be.hestia.api.model.SubjectAccessLogEntry;
import be.hestia.common.PageRequest;
import be.hestia.common.Time;
import be.hestia.security.CurrentUser;
import be.hestia.security.OrganisationScope;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The record of every read and write of case content: who, when, which record, which action,
 * the stated reason and the client address. Rows are only ever inserted; the table refuses updates
 * and deletes.
 *
 * <p>Every call writes its own lines, so that nothing read can go unrecorded; the client's user
 * action ({@value #USER_ACTION_HEADER}) is stored with them, and the log is read as user actions
 * (see {@link AccessLogRepository}): a case-file page reads five things but shows as one row.
 *
 * <p>Actions and record types are the contract's {@code AccessAction} and {@code AccessRecordType}:
 * a code outside them is refused here, so that every stored code has its labels (tests keep them).
 */
@ApplicationScoped
public class AccessLog {

    public static final String CASE_FILE = AccessRecordType.CASE_FILE.toString();
    public static final String CASE_TIMELINE = AccessRecordType.CASE_TIMELINE.toString();
    public static final String CASE_ENTRY = AccessRecordType.CASE_ENTRY.toString();
    public static final String CASE_ATTACHMENTS = AccessRecordType.CASE_ATTACHMENTS.toString();
    public static final String ATTACHMENT = AccessRecordType.ATTACHMENT.toString();
    public static final String HOUSEHOLD = AccessRecordType.HOUSEHOLD.toString();
    public static final String ACCESS_LOG = AccessRecordType.ACCESS_LOG.toString();

    /** A file handed over to the new site's referent when its household moved. */
    public static final String HANDOVER_AFTER_MOVE = AccessReasonCode.HANDOVER_AFTER_MOVE.toString();

    /** The header in which a client names its user's current action (a UUID it makes). */
    public static final String USER_ACTION_HEADER = "Hestia-User-Action";

    /** The actor of what Hestia does by itself (the retention job), in place of a staff member. */
    public static final UUID SYSTEM_ID = UUID.fromString("00000000-0000-0000-0000-000000000000");
    public static final String SYSTEM_NAME = "Hestia";

    /** User actions read per query by an export. */
    static final int EXPORT_PAGE = 500;

    private final AccessLogRepository log;
    private final CurrentUser user;
    private final JsonWebToken token;
    private final HttpServerRequest request;
    private final OrganisationScope scope;

    public AccessLog(AccessLogRepository log, CurrentUser user, JsonWebToken token, HttpServerRequest request,
            OrganisationScope scope) {
        this.log = log;
        this.user = user;
        this.token = token;
        this.request = request;
        this.scope = scope;
    }

    /** Records the caller's access to a record; a case-file record names its file itself. */
    public void record(String action, String recordType, UUID recordId, UUID householdId, String reason) {
        recordInCaseFile(action, recordType, recordId, householdId, CASE_FILE.equals(recordType) ? recordId : null,
                reason);
    }

    /** Records the caller's access to a record of a case file (an entry, a document, one of its lists). */
    public void recordInCaseFile(String action, String recordType, UUID recordId, UUID householdId, UUID caseFileId,
            String reason) {
        insert(action, recordType, recordId, householdId, caseFileId, reason, null);
    }

    /** Records a change the caller's action made for a reason Hestia gives itself ({@code AccessReasonCode}). */
    public void recordWithReasonCode(String action, String recordType, UUID recordId, UUID householdId,
            String reasonCode) {
        AccessReasonCode.fromValue(reasonCode);
        insert(action, recordType, recordId, householdId, CASE_FILE.equals(recordType) ? recordId : null, null,
                reasonCode);
    }

    /** Records what Hestia did by itself, outside any request (no user, no client address). */
    public void recordBySystem(String organisationId, String action, String recordType, UUID recordId,
            String reason) {
        checkCodes(action, recordType);
        log.insert(Time.now(), organisationId, SYSTEM_ID, SYSTEM_NAME, action, recordType, recordId, null,
                CASE_FILE.equals(recordType) ? recordId : null, reason, null, null, null, null);
    }

    private void insert(String action, String recordType, UUID recordId, UUID householdId, UUID caseFileId,
            String reason, String reasonCode) {
        checkCodes(action, recordType);
        log.insert(Time.now(), user.organisationClaim().orElse(null), user.id(), user.displayName(), action,
                recordType, recordId, householdId, caseFileId, reason, reasonCode, clientAddress(), sessionId(),
                userAction());
    }

    /** Throws for a code outside the contract (a programming error, caught by the feature's own tests). */
    private static void checkCodes(String action, String recordType) {
        AccessAction.fromValue(action);
        AccessRecordType.fromValue(recordType);
    }

    /**
     * The user actions about a household's data, oldest first, handed over page by page (a subject-access
     * export tells who accessed it). The client address stays out: it is the staff's, not the household's.
     */
    public void forEachAboutHousehold(String organisationId, UUID householdId,
            Consumer<List<SubjectAccessLogEntry>> consumer) {
        long after = 0;
        List<AccessLogRepository.ActionRow> page;
        do {
            page = log.aboutHousehold(organisationId, householdId, after, EXPORT_PAGE);
            if (page.isEmpty()) {
                return;
            }
            consumer.accept(page.stream().map(AccessLog::toExport).toList());
            after = page.get(page.size() - 1).id();
        } while (page.size() == EXPORT_PAGE);
    }

    /** Whether the caller already stated a reason for this record in this sign-in session. */
    public boolean reasonStatedThisSession(String recordType, UUID recordId) {
        return log.reasonStated(user.id(), recordType, recordId, sessionId());
    }

    /** The reason the caller stated last for this record in this sign-in session, if any. */
    public Optional<String> reasonStatedThisSessionFor(String recordType, UUID recordId) {
        return log.lastReasonStated(user.id(), recordType, recordId, sessionId());
    }

    /** The caller's organisation's log, one row per user action, newest first. */
    public AccessLogPage list(UUID actorId, UUID householdId, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        AccessLogRepository.Filter filter = new AccessLogRepository.Filter(scope.id(), actorId, householdId, from, to);
        var items = log.actions(filter, page).stream().map(AccessLog::toApi).toList();
        return new AccessLogPage(items, page.meta(log.countActions(filter)));
    }

    static AccessLogEntry toApi(AccessLogRepository.ActionRow row) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.setId(row.id());
        entry.setAt(row.at());
        if (row.lastAt() != null && row.lastAt().isAfter(row.at())) {
            entry.setLastAt(row.lastAt());
        }
        entry.setActor(new StaffSummary(row.actorId(), row.actorName()));
        entry.setAction(AccessAction.fromValue(row.action()));
        entry.setRecordType(AccessRecordType.fromValue(row.recordType()));
        entry.setRecordId(row.recordId());
        entry.setHouseholdId(row.householdId());
        if (row.householdId() != null) {
            AccessLogHousehold household = new AccessLogHousehold();
            household.setId(row.householdId());
            household.setName(row.householdName());
            household.setAnonymised(row.caseFileAnonymised());
            entry.setHousehold(household);
        }
        if (row.caseFileId() != null) {
            AccessLogCaseFile file = new AccessLogCaseFile();
            file.setId(row.caseFileId());
            file.setReference(row.caseFileReference());
            file.setOpenedOn(row.caseFileOpenedOn());
            file.setAnonymised(row.caseFileAnonymised());
            entry.setCaseFile(file);
        }
        entry.setAccesses(accesses(row));
        entry.setReason(row.reason());
        entry.setReasonCode(row.reasonCode() == null ? null : AccessReasonCode.fromValue(row.reasonCode()));
        entry.setClientAddress(row.clientAddress());
        return entry;
    }

    private static SubjectAccessLogEntry toExport(AccessLogRepository.ActionRow row) {
        SubjectAccessLogEntry entry = new SubjectAccessLogEntry();
        entry.setAt(row.at());
        entry.setActor(row.actorName());
        entry.setAction(AccessAction.fromValue(row.action()));
        entry.setRecordType(AccessRecordType.fromValue(row.recordType()));
        entry.setAccesses(accesses(row));
        entry.setReason(row.reason());
        entry.setReasonCode(row.reasonCode() == null ? null : AccessReasonCode.fromValue(row.reasonCode()));
        return entry;
    }

    private static List<AccessLogAccess> accesses(AccessLogRepository.ActionRow row) {
        return row.accesses().stream().map(a -> {
            AccessLogAccess access = new AccessLogAccess();
            access.setAction(AccessAction.fromValue(a.action()));
            access.setRecordType(AccessRecordType.fromValue(a.recordType()));
            access.setCount(a.count());
            return access;
        }).toList();
    }

    private String clientAddress() {
        SocketAddress address = request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    /** The client's user action, when it sent a well-formed one (anything else is no action: lines stand alone). */
    private UUID userAction() {
        String value = request.getHeader(USER_ACTION_HEADER);
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Keycloak's sign-in session ("sid"): a reason is asked once per file and session. */
    private String sessionId() {
        String sid = token.getClaim("sid");
        return sid == null ? "no-session" : sid;
    }
}
