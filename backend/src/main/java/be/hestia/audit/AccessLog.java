package be.hestia.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import be.hestia.api.model.AccessAction;
import be.hestia.api.model.AccessLogEntry;
import be.hestia.api.model.AccessLogPage;
import be.hestia.api.model.StaffSummary;
import be.hestia.api.model.SubjectAccessLogEntry;
import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Time;
import be.hestia.security.OrganisationScope;
import be.hestia.security.CurrentUser;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The record of every read and write of case content: who, when, which record, which action,
 * the stated reason and the client address. Rows are only ever inserted; the table refuses updates
 * and deletes.
 */
@ApplicationScoped
public class AccessLog {

    public static final String CASE_FILE = "case-file";
    public static final String CASE_TIMELINE = "case-timeline";
    public static final String CASE_ENTRY = "case-entry";
    public static final String CASE_ATTACHMENTS = "case-attachments";
    public static final String ATTACHMENT = "attachment";
    public static final String HOUSEHOLD = "household";

    /** The actor of what Hestia does by itself (the retention job), in place of a staff member. */
    public static final UUID SYSTEM_ID = UUID.fromString("00000000-0000-0000-0000-000000000000");
    public static final String SYSTEM_NAME = "Hestia";

    /** Log lines read per query by a subject-access export. */
    private static final int EXPORT_PAGE = 500;

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

    public void record(String action, String recordType, UUID recordId, UUID householdId, String reason) {
        log.insert(Time.now(), user.organisationClaim().orElse(null), user.id(), user.displayName(), action,
                recordType, recordId, householdId, reason, clientAddress(), sessionId());
    }

    /** Records what Hestia did by itself, outside any request (no user, no client address). */
    public void recordBySystem(String organisationId, String action, String recordType, UUID recordId,
            String reason) {
        log.insert(Time.now(), organisationId, SYSTEM_ID, SYSTEM_NAME, action, recordType, recordId, null, reason,
                null, null);
    }

    /**
     * The lines about a household's data, oldest first, handed over page by page (a subject-access
     * export tells who accessed it). The client address stays out: it is the staff's, not the household's.
     */
    public void forEachAboutHousehold(String organisationId, UUID householdId,
            Consumer<List<SubjectAccessLogEntry>> consumer) {
        long after = 0;
        List<AccessLogRepository.LogRow> page;
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

    /** The caller's organisation's log, newest first. */
    public AccessLogPage list(UUID actorId, UUID householdId, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        NativeSearch search = log.search(scope.id(), actorId, householdId, from, to);
        var items = log.page(search, page).stream().map(AccessLog::toApi).toList();
        return new AccessLogPage(items, page.meta(search.count()));
    }

    private static AccessLogEntry toApi(AccessLogRepository.LogRow row) {
        AccessLogEntry entry = new AccessLogEntry(row.id(), row.at(), new StaffSummary(row.actorId(), row.actorName()),
                AccessAction.fromValue(row.action()), row.recordType(), row.recordId());
        entry.setHouseholdId(row.householdId());
        entry.setReason(row.reason());
        entry.setClientAddress(row.clientAddress());
        return entry;
    }

    private static SubjectAccessLogEntry toExport(AccessLogRepository.LogRow row) {
        SubjectAccessLogEntry entry = new SubjectAccessLogEntry(row.at(), row.actorName(),
                AccessAction.fromValue(row.action()), row.recordType());
        entry.setReason(row.reason());
        return entry;
    }

    private String clientAddress() {
        SocketAddress address = request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }

    /** Keycloak's sign-in session ("sid"): a reason is asked once per file and session. */
    private String sessionId() {
        String sid = token.getClaim("sid");
        return sid == null ? "no-session" : sid;
    }
}
