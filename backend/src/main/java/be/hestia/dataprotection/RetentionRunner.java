package be.hestia.dataprotection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.audit.AccessLog;
import be.hestia.casefile.CaseFileAnonymiser;
import be.hestia.dataprotection.RetentionRepository.RunRow;

/**
 * One retention run of one organisation at a given time. It first brings the report up to date
 * (files past the retention period enter it, reopened and held files leave it), then, unless it is a
 * dry run, anonymises the files that have been in the report for the whole notice period. Files
 * already anonymised are never candidates again, so a second run at the same time changes nothing.
 */
@ApplicationScoped
public class RetentionRunner {

    /** Who asked for a dry run. */
    public record Requester(UUID id, String name) {
    }

    private static final int BATCH = 500;

    private final RetentionRepository retention;
    private final RetentionConfig settings;
    private final CaseFileAnonymiser anonymiser;
    private final AccessLog log;

    public RetentionRunner(RetentionRepository retention, RetentionConfig settings, CaseFileAnonymiser anonymiser,
            AccessLog log) {
        this.retention = retention;
        this.settings = settings;
        this.anonymiser = anonymiser;
        this.log = log;
    }

    /** A run as of {@code now}: a dry run when a DPO asked for it, else the scheduled job's run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RunRow run(String organisationId, OffsetDateTime now, Requester requester) {
        retention.lock(organisationId);
        OffsetDateTime cutoff = now.minus(settings.closedFor());
        retention.forgetNoLongerDue(organisationId, cutoff);
        retention.reportNew(organisationId, cutoff, now);
        OffsetDateTime reportedBefore = now.minus(settings.notice());
        int due = retention.countDue(organisationId, reportedBefore);
        boolean dryRun = requester != null;
        int anonymised = dryRun ? 0 : due;
        RunRow run = new RunRow(UUID.randomUUID(), now, dryRun ? "on-demand" : "schedule",
                dryRun ? requester.id() : null, dryRun ? requester.name() : null, dryRun, cutoff,
                retention.countReported(organisationId) - anonymised,
                retention.countHeldPastRetention(organisationId, cutoff), due, anonymised);
        retention.insertRun(organisationId, run);
        if (!dryRun) {
            anonymiseDue(organisationId, reportedBefore, run);
        }
        return run;
    }

    private void anonymiseDue(String organisationId, OffsetDateTime reportedBefore, RunRow run) {
        List<UUID> batch;
        while (!(batch = retention.due(organisationId, reportedBefore, BATCH)).isEmpty()) {
            anonymiser.anonymise(batch);
            retention.recordAnonymised(batch, run.id(), run.startedAt());
            for (UUID file : batch) {
                log.recordBySystem(organisationId, "anonymise", AccessLog.CASE_FILE, file,
                        "retention run " + run.id());
            }
        }
    }
}
