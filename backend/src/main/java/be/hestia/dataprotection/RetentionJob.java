package be.hestia.dataprotection;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.jboss.logging.Logger;

import be.hestia.common.Time;
import be.hestia.platform.MigrationRunner;
import be.hestia.reference.ReferenceService;
import be.hestia.security.SystemScope;
import io.quarkus.scheduler.Scheduled;

/**
 * The scheduled retention run of every organisation ({@code hestia.retention.cron}; off in tests,
 * which call {@link #runAll} with the time they need).
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final RetentionRunner runner;
    private final ReferenceService reference;
    private final MigrationRunner migrations;

    public RetentionJob(RetentionRunner runner, ReferenceService reference, MigrationRunner migrations) {
        this.runner = runner;
        this.reference = reference;
        this.migrations = migrations;
    }

    @Scheduled(identity = "retention", cron = "{hestia.retention.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!migrations.isDone()) {
            LOG.warn("Retention run skipped: the database is not ready");
            return;
        }
        runAll(Time.now());
    }

    /** Runs retention for every organisation as of {@code now}; one organisation's failure does not stop the others. */
    @ActivateRequestContext
    public void runAll(OffsetDateTime now) {
        for (var organisation : reference.organisations()) {
            try {
                var run = SystemScope.inOrganisation(organisation.getId(), "retention",
                        () -> runner.run(organisation.getId(), now, null));
                if (run.anonymised() > 0 || run.due() > 0) {
                    LOG.infof("Retention %s: %d files anonymised, %d in the report", organisation.getId(),
                            run.anonymised(), run.reported());
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Retention run failed for %s", organisation.getId());
            }
        }
    }
}
