package be.hestia.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.hestia.api.model.Caseload;
import be.hestia.api.model.CaseloadAlert;
import be.hestia.api.model.CaseloadAlertKind;
import be.hestia.api.model.CaseloadAlertList;
import be.hestia.api.model.CaseloadOverview;
import be.hestia.api.model.StaffSummary;
import be.hestia.casefile.CaseFileRepository.AwaitingReferentRow;
import be.hestia.casefile.CaseFileRepository.CaseloadRow;
import be.hestia.common.Time;
import be.hestia.security.OrganisationScope;
import be.hestia.staff.StaffService;

/**
 * The service manager's view of how the followed files are spread over the social workers: counts
 * only, computed in one query over the organisation (no household, no content, nothing to log).
 * Roles are checked by the resource: the service manager only.
 */
@ApplicationScoped
public class CaseloadService {

    static final int DEFAULT_QUIET_DAYS = 30;
    /** More alerts than this is a backlog to solve by assigning referents, not a list to read. */
    static final int MAX_ALERTS = 200;

    /** By the referent's name; the line of the files without a referent last. */
    private static final Comparator<Caseload> BY_NAME = Comparator.comparing(
            (Caseload c) -> c.getReferent() == null ? null : c.getReferent().getDisplayName(),
            Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));

    private final CaseFileRepository files;
    private final StaffService staff;
    private final OrganisationScope scope;

    public CaseloadService(CaseFileRepository files, StaffService staff, OrganisationScope scope) {
        this.files = files;
        this.staff = staff;
        this.scope = scope;
    }

    /** One line per social worker, and per other referent of followed files (see the contract). */
    public CaseloadOverview overview(Integer quietDays, LocalDate day) {
        int days = quietDays == null ? DEFAULT_QUIET_DAYS : quietDays;
        LocalDate today = day == null ? Time.today() : day;
        OffsetDateTime quietSince = today.minusDays(days).atStartOfDay(Time.BRUSSELS).toOffsetDateTime();
        List<CaseloadRow> rows = files.caseloads(scope.id(), quietSince, today);
        Map<UUID, StaffSummary> names = staff.summaries(
                rows.stream().map(CaseloadRow::referentId).filter(Objects::nonNull).toList());
        List<Caseload> items = rows.stream().map(row -> toApi(row, names)).sorted(BY_NAME).toList();
        return new CaseloadOverview(today, days, items);
    }

    /** Followed files waiting for a referent (their household moved to a site without one), oldest first. */
    public CaseloadAlertList alerts() {
        List<AwaitingReferentRow> rows = files.awaitingReferent(scope.id(), MAX_ALERTS);
        Map<UUID, StaffSummary> names = staff.summaries(
                rows.stream().map(AwaitingReferentRow::referentId).filter(Objects::nonNull).toList());
        return new CaseloadAlertList(rows.stream().map(row -> {
            CaseloadAlert alert = new CaseloadAlert(CaseloadAlertKind.SITE_WITHOUT_REFERENT, row.caseFileId(),
                    row.householdId(), row.householdName(), row.siteId(), row.siteName(), row.since());
            alert.setReferent(row.referentId() == null ? null : names.get(row.referentId()));
            return alert;
        }).toList());
    }

    private static Caseload toApi(CaseloadRow row, Map<UUID, StaffSummary> names) {
        Caseload caseload = new Caseload(row.open(), row.active(), row.quiet(), row.overdueTasks());
        caseload.setReferent(row.referentId() == null ? null : names.get(row.referentId()));
        return caseload;
    }
}
