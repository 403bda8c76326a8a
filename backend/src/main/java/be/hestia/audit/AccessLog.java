package be.hestia.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import be.hestia.api.model.AccessAction;
import be.hestia.api.model.AccessLogEntry;
import be.hestia.api.model.AccessLogPage;
import be.hestia.api.model.StaffSummary;
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

    /** Whether the caller already stated a reason for this record in this sign-in session. */
    public boolean reasonStatedThisSession(String recordType, UUID recordId) {
        return log.reasonStated(user.id(), recordType, recordId, sessionId());
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
