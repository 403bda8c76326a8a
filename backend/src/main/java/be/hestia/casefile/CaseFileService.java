package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import be.hestia.api.model.CaseFileInput;
import be.hestia.api.model.CaseFilePage;
import be.hestia.api.model.CaseFileStatus;
import be.hestia.api.model.CaseTheme;
import be.hestia.api.model.Household;
import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.ReassignInput;
import be.hestia.api.model.TransitionInput;
import be.hestia.audit.AccessLog;
import be.hestia.casefile.CaseFileRepository.CaseFileRow;
import be.hestia.common.Message;
import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Problems;
import be.hestia.common.Text;
import be.hestia.common.Time;
import be.hestia.household.HouseholdMoved;
import be.hestia.household.HouseholdService;
import be.hestia.household.HouseholdService.HouseholdRef;
import be.hestia.security.CurrentUser;
import be.hestia.security.OrganisationScope;
import be.hestia.security.Roles;
import be.hestia.site.SiteReferentChanged;
import be.hestia.site.SiteService;
import be.hestia.staff.StaffService;

/**
 * Case files: opened on a request, routed to the referent of the household's site, moved through
 * their lifecycle, handed over when the household moves. Roles are checked by the resource; the
 * record-level rule and the access log by {@link CaseFileAccess}.
 */
@ApplicationScoped
public class CaseFileService {

    /** The lifecycle: which status may follow which. Reopening a closed file is allowed. */
    private static final Map<String, Set<String>> NEXT = Map.of(
            "open", Set.of("active", "closed"),
            "active", Set.of("closed"),
            "closed", Set.of("open", "active", "archived"),
            "archived", Set.of());

    private final CaseFileRepository files;
    private final CaseFileAccess access;
    private final CaseEntryRepository entries;
    private final HouseholdService households;
    private final SiteService sites;
    private final StaffService staff;
    private final OrganisationScope scope;
    private final CurrentUser user;
    private final AccessLog log;

    public CaseFileService(CaseFileRepository files, CaseFileAccess access, CaseEntryRepository entries,
            HouseholdService households, SiteService sites, StaffService staff, OrganisationScope scope,
            CurrentUser user, AccessLog log) {
        this.files = files;
        this.access = access;
        this.entries = entries;
        this.households = households;
        this.sites = sites;
        this.staff = staff;
        this.scope = scope;
        this.user = user;
        this.log = log;
    }

    /**
     * Lists carry no request detail and no note, so they are not logged as reads of content; a
     * file outside the caller's caseload shows no themes either (need to know: its themes come
     * with the file, behind the stated reason). With {@code quietDays}, only the followed files
     * without activity since that many (Brussels) days, least recently active first.
     */
    public CaseFilePage list(UUID householdId, UUID referentId, boolean mine, CaseFileStatus status,
            Integer quietDays, PageRequest page) {
        UUID referent = mine ? user.id() : referentId;
        OffsetDateTime quietSince = quietDays == null ? null
                : Time.today().minusDays(quietDays).atStartOfDay(Time.BRUSSELS).toOffsetDateTime();
        NativeSearch search = files.search(scope.id(), householdId, referent,
                status == null ? null : status.toString(), quietSince);
        List<CaseFileRow> rows = files.page(search, page, quietSince != null);
        var names = staff.summaries(rows.stream().map(CaseFileRow::referentId).filter(Objects::nonNull).toList());
        return new CaseFilePage(rows.stream()
                .map(row -> CaseFileMapper.toSummary(row, names, access.isOutsideCaseload(row.referentId()))).toList(),
                page.metaUpToLimit(search.countUpToLimit()));
    }

    /**
     * Opens a file for a household that has no followed (open or active) file; otherwise 409
     * {@code case-file-already-open}, naming the followed one. Its reference comes from the
     * database (the organisation's counter for the year, migration V14).
     */
    @Transactional
    public be.hestia.api.model.CaseFile open(CaseFileInput input) {
        HouseholdRef household = households.requireHousehold(input.getHouseholdId(), "householdId");
        requireNoOtherFollowedFile(household.id(), null);
        CaseFile file = new CaseFile(scope.id());
        file.householdId = household.id();
        file.referentId = referentFor(household.siteId());
        file.status = "open";
        file.themes = input.getThemes().stream().map(CaseTheme::toString).distinct().toArray(String[]::new);
        file.requestSource = input.getRequestSource().toString();
        file.requestDetail = Text.blankToNull(input.getRequestDetail());
        file.openedAt = Time.now();
        file.lastActivityAt = file.openedAt;
        files.persist(file);
        record(file, null, "open", null);
        files.flush();
        log.record("create", AccessLog.CASE_FILE, file.id, file.householdId, null);
        return toApi(file, null);
    }

    @Transactional
    public be.hestia.api.model.CaseFile get(UUID id, String reason) {
        CaseFile file = access.require(id, reason, "read", AccessLog.CASE_FILE, null);
        return toApi(file, reason);
    }

    /**
     * Moves a file through its lifecycle: its referent's and the service manager's only (403
     * {@code not-referent} for anyone else); reopening checks that the household has no other
     * followed file (409 {@code case-file-already-open}).
     */
    @Transactional
    public be.hestia.api.model.CaseFile transition(UUID id, String ifMatch, String reason, TransitionInput input) {
        CaseFile file = access.requireForUpdate(id, reason, "transition", AccessLog.CASE_FILE, null);
        access.requireStatusRights(file);
        file.checkEditable(ifMatch);
        String to = input.getTo().toString();
        if (!NEXT.get(file.status).contains(to)) {
            throw Problems.conflict(ProblemCode.INVALID_TRANSITION, Message.of("status." + file.status),
                    Message.of("status." + to));
        }
        if (!file.isFollowed() && (to.equals("open") || to.equals("active"))) {
            requireNoOtherFollowedFile(file.householdId, file.id);
        }
        String why = Text.blankToNull(input.getReason());
        if (to.equals("closed") && why == null) {
            throw Problems.invalid("reason", "closing-reason-required");
        }
        String from = file.status;
        file.status = to;
        if (to.equals("closed")) {
            file.closingReason = why;
            file.closedAt = Time.now();
        } else if (from.equals("closed") && !to.equals("archived")) {
            file.closingReason = null;
            file.closedAt = null;
        }
        record(file, from, to, why);
        files.flush();
        return toApi(file, reason);
    }

    /**
     * One followed file per household: the household's files are locked for opening until the end
     * of the transaction, so that a concurrent request waits and then sees this one's file.
     */
    private void requireNoOtherFollowedFile(UUID householdId, UUID exceptId) {
        files.lockHouseholdFiles(householdId);
        files.followedFileOf(householdId, exceptId).ifPresent(open -> {
            throw new CaseFileAlreadyOpen(open);
        });
    }

    /** Marks the file active on its first entry, and records activity for the caseload order. */
    void touchForEntry(CaseFile file) {
        if (!file.isFollowed()) {
            throw Problems.conflict(ProblemCode.FILE_NOT_FOLLOWED);
        }
        if (file.status.equals("open")) {
            record(file, "open", "active", null);
            file.status = "active";
        }
        file.lastActivityAt = Time.now();
    }

    /**
     * When a household moves to another site, its followed files go to that site's referent, with a handover entry in
     * their timeline. A site without a referent leaves them with theirs, waiting for one: the service manager's alerts
     * list them until the site gets a referent or the file is given to someone.
     */
    void onHouseholdMoved(@Observes HouseholdMoved move) {
        UUID newReferent = move.toSiteId() == null ? null : sites.referentOf(move.toSiteId()).orElse(null);
        for (CaseFile file : files.followedFilesOf(move.householdId())) {
            if (newReferent == null) {
                if (move.toSiteId() != null) {
                    file.awaitingReferentSiteId = move.toSiteId();
                    file.awaitingReferentSince = Time.now();
                }
            } else if (newReferent.equals(file.referentId)) {
                stopAwaiting(file);
            } else {
                handOver(file, newReferent, "household-moved", AccessLog.HANDOVER_AFTER_MOVE);
            }
        }
    }

    /**
     * A site's referent changed: its files waiting for a referent stop waiting and, when the admin chose to move them,
     * the site's followed files go from the previous referent (or from waiting) to the new one, each with a handover.
     */
    void onSiteReferentChanged(@Observes SiteReferentChanged change) {
        if (change.moveOpenFiles() && change.toId() != null) {
            for (CaseFile file : files.toMove(change.organisationId(), change.siteId(), change.fromId())) {
                if (change.toId().equals(file.referentId)) {
                    stopAwaiting(file);
                } else {
                    handOver(file, change.toId(), "site-referent-changed", "handover-to-new-site-referent");
                }
            }
        }
        if (change.toId() != null) {
            files.stopAwaiting(change.organisationId(), change.siteId());
        }
    }

    /**
     * The service manager gives a followed file to another social worker of the organisation: a handover entry says
     * from whom to whom. Giving it to its referent changes nothing. Roles are checked by the resource.
     */
    @Transactional
    public be.hestia.api.model.CaseFile reassign(UUID id, String ifMatch, ReassignInput input) {
        CaseFile file = access.requireForUpdate(id, null, "update", AccessLog.CASE_FILE, null);
        file.checkEditable(ifMatch);
        if (!file.isFollowed()) {
            throw Problems.conflict(ProblemCode.FILE_NOT_FOLLOWED);
        }
        UUID to = input.getReferentId();
        staff.requireAssignable(file.organisationId, to, "referentId", Roles.SOCIAL_WORKER);
        if (!to.equals(file.referentId)) {
            handOver(file, to, "reassigned", "handover-by-manager");
            files.flush();
        }
        return toApi(file, null);
    }

    /** Writes the handover entry (language-neutral: who to whom) and gives the file to {@code newReferent}. */
    private void handOver(CaseFile file, UUID newReferent, String reason, String why) {
        // Language-neutral: who to whom; readers see it in their own language (SPA, subject-access document).
        CaseEntry handover = new CaseEntry(file.organisationId);
        handover.caseFileId = file.id;
        handover.kind = "handover";
        handover.occurredAt = Time.now();
        handover.authorId = user.id();
        handover.summary = "";
        handover.handoverFromId = file.referentId;
        handover.handoverToId = newReferent;
        handover.handoverReason = reason;
        handover.visibility = "service";
        entries.persist(handover);
        file.referentId = newReferent;
        file.lastActivityAt = handover.occurredAt;
        file.updatedAt = handover.occurredAt;
        stopAwaiting(file);
        log.recordWithReasonCode("update", AccessLog.CASE_FILE, file.id, file.householdId, why);
    }

    private static void stopAwaiting(CaseFile file) {
        file.awaitingReferentSiteId = null;
        file.awaitingReferentSince = null;
    }

    private UUID referentFor(UUID siteId) {
        UUID referent = siteId == null ? null : sites.referentOf(siteId).orElse(null);
        if (referent == null && user.hasRole(Roles.SOCIAL_WORKER)) {
            return user.id();
        }
        return referent;
    }

    private void record(CaseFile file, String from, String to, String reason) {
        CaseFileTransition transition = new CaseFileTransition();
        transition.id = UUID.randomUUID();
        transition.caseFileId = file.id;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.at = Time.now();
        transition.byId = user.id();
        transition.reason = reason;
        files.persist(transition);
    }

    /**
     * The file as its page shows it: with its household on top (from the household's own record),
     * and, when it is outside the caller's caseload, the reason they gave ({@code stated} in this
     * request, or earlier in the session).
     */
    private be.hestia.api.model.CaseFile toApi(CaseFile file, String stated) {
        List<CaseFileTransition> transitions = files.transitions(file.id);
        var names = staff.summaries(Stream.concat(Stream.of(file.referentId),
                transitions.stream().map(t -> t.byId)).filter(Objects::nonNull).toList());
        Household household = households.get(file.householdId);
        be.hestia.api.model.CaseFile api = CaseFileMapper.toApi(file, household.getName(), transitions, names);
        api.setHousehold(CaseFileMapper.toHousehold(household));
        api.setOutsideCaseload(access.isOutsideCaseload(file.referentId));
        api.setAccessReason(access.reasonGiven(file, stated).orElse(null));
        return api;
    }
}
