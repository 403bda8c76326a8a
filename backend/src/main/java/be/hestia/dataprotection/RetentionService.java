package be.hestia.dataprotection;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.CaseFileStatus;
import be.hestia.api.model.CaseTheme;
import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.RetentionHold;
import be.hestia.api.model.RetentionHoldInput;
import be.hestia.api.model.RetentionReport;
import be.hestia.api.model.RetentionReportItem;
import be.hestia.api.model.RetentionRun;
import be.hestia.api.model.RetentionRunPage;
import be.hestia.api.model.RetentionSettings;
import be.hestia.api.model.RetentionTrigger;
import be.hestia.api.model.StaffSummary;
import be.hestia.audit.AccessLog;
import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Problems;
import be.hestia.common.Text;
import be.hestia.common.Time;
import be.hestia.dataprotection.RetentionRepository.Hold;
import be.hestia.dataprotection.RetentionRepository.ReportRow;
import be.hestia.dataprotection.RetentionRepository.RunRow;
import be.hestia.security.CurrentUser;
import be.hestia.security.OrganisationScope;

/**
 * What the DPO of an organisation sees and does about retention: the report, the runs, a dry run
 * on demand, legal holds. Roles are checked by the resource; everything here is scoped to the
 * caller's organisation.
 */
@ApplicationScoped
public class RetentionService {

    private final RetentionRepository retention;
    private final RetentionRunner runner;
    private final RetentionConfig settings;
    private final OrganisationScope scope;
    private final CurrentUser user;
    private final AccessLog log;

    public RetentionService(RetentionRepository retention, RetentionRunner runner,
            RetentionConfig settings, OrganisationScope scope, CurrentUser user,
            AccessLog log) {
        this.retention = retention;
        this.runner = runner;
        this.settings = settings;
        this.scope = scope;
        this.user = user;
        this.log = log;
    }

    public RetentionReport report(PageRequest page) {
        String organisation = scope.id();
        NativeSearch report = retention.report(organisation);
        List<RetentionReportItem> items = retention.reportPage(report, page).stream().map(this::toApi).toList();
        RetentionReport result = new RetentionReport(new RetentionSettings(settings.closedFor().toString(),
                settings.notice().toString(), settings.cron()), items, page.meta(report.count()));
        retention.lastRun(organisation).map(RetentionService::toApi).ifPresent(result::setLastRun);
        return result;
    }

    public RetentionRunPage runs(PageRequest page) {
        NativeSearch runs = retention.runs(scope.id());
        return new RetentionRunPage(retention.runPage(runs, page).stream().map(RetentionService::toApi).toList(),
                page.meta(runs.count()));
    }

    public RetentionRun run(UUID id) {
        return retention.run(scope.id(), id).map(RetentionService::toApi)
                .orElseThrow(() -> Problems.notFound("retention-run"));
    }

    /** Brings the report up to date now, anonymising nothing. */
    public RetentionRun dryRun() {
        return toApi(runner.run(scope.id(), Time.now(), new RetentionRunner.Requester(user.id(), user.displayName())));
    }

    @Transactional
    public RetentionHold placeHold(RetentionHoldInput input) {
        String organisation = scope.id();
        UUID household = retention.householdOf(organisation, input.getCaseFileId())
                .orElseThrow(() -> Problems.notFound("case-file"));
        String reason = Text.required(input.getReason(), "reason");
        Hold hold = new Hold(input.getCaseFileId(), reason, Time.now(), user.id(), user.displayName());
        if (!retention.insertHold(organisation, hold)) {
            throw Problems.conflict(ProblemCode.ALREADY_HELD);
        }
        retention.forget(hold.caseFileId());
        log.record("hold", AccessLog.CASE_FILE, hold.caseFileId(), household, reason);
        return toApi(hold);
    }

    @Transactional
    public void releaseHold(UUID caseFileId) {
        String organisation = scope.id();
        if (!retention.deleteHold(organisation, caseFileId)) {
            throw Problems.notFound("legal-hold");
        }
        log.record("release", AccessLog.CASE_FILE, caseFileId, retention.householdOf(organisation, caseFileId)
                .orElse(null), null);
    }

    private RetentionReportItem toApi(ReportRow row) {
        RetentionReportItem item = new RetentionReportItem(row.caseFileId(), row.householdId(), row.householdName(),
                CaseFileStatus.fromValue(row.status()),
                Arrays.stream(row.themes()).map(CaseTheme::fromValue).toList());
        item.setClosedAt(row.closedAt());
        item.setReportedAt(row.reportedAt());
        if (row.reportedAt() != null) {
            item.setAnonymiseFrom(row.reportedAt().plus(settings.notice()));
        }
        if (row.hold() != null) {
            item.setHold(toApi(row.hold()));
        }
        return item;
    }

    private static RetentionHold toApi(Hold hold) {
        return new RetentionHold(hold.caseFileId(), hold.reason(), hold.placedAt(),
                new StaffSummary(hold.placedById(), hold.placedByName()));
    }

    private static RetentionRun toApi(RunRow run) {
        RetentionRun result = new RetentionRun(run.id(), run.startedAt(), RetentionTrigger.fromValue(run.trigger()),
                run.dryRun(), run.closedBefore(), run.reported(), run.held(), run.due(), run.anonymised());
        if (run.requestedById() != null) {
            result.setRequestedBy(new StaffSummary(run.requestedById(), run.requestedByName()));
        }
        return result;
    }
}
