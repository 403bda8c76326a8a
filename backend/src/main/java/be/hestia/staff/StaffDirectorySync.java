package be.hestia.staff;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.jboss.logging.Logger;

import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.StaffSyncReport;
import be.hestia.common.Problems;
import be.hestia.common.ProblemException;
import be.hestia.common.Time;
import be.hestia.platform.MigrationRunner;
import be.hestia.reference.ReferenceService;
import be.hestia.security.OrganisationScope;
import be.hestia.security.SystemScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps each organisation's staff directory in step with Keycloak's users: on a schedule
 * ({@code hestia.staff-directory.every}) and when an admin asks. People Keycloak lists become staff rows under their
 * Keycloak id (the subject of their future tokens, so that their first sign-in finds the same row); people disabled or
 * removed in Keycloak become inactive, never deleted. Keycloak is read before any write: when it cannot be read, the
 * directory stays as it was.
 */
@ApplicationScoped
public class StaffDirectorySync {

    private static final Logger LOG = Logger.getLogger(StaffDirectorySync.class);

    private final KeycloakDirectory directory;
    private final StaffRepository staff;
    private final StaffService service;
    private final ReferenceService reference;
    private final OrganisationScope scope;
    private final MigrationRunner migrations;

    public StaffDirectorySync(KeycloakDirectory directory, StaffRepository staff, StaffService service,
            ReferenceService reference, OrganisationScope scope, MigrationRunner migrations) {
        this.directory = directory;
        this.staff = staff;
        this.service = service;
        this.reference = reference;
        this.scope = scope;
        this.migrations = migrations;
    }

    /** The admin's sync of their own organisation; 503 {@code directory-unavailable} when Keycloak cannot be read. */
    public StaffSyncReport syncCallersOrganisation() {
        String organisation = scope.id();
        List<KeycloakDirectory.DirectoryUser> users;
        try {
            users = directory.usersOf(organisation);
        } catch (KeycloakDirectory.Unavailable e) {
            throw new ProblemException(503, ProblemCode.DIRECTORY_UNAVAILABLE,
                    Problems.detail(ProblemCode.DIRECTORY_UNAVAILABLE), List.of());
        }
        return QuarkusTransaction.requiringNew().call(() -> apply(organisation, users));
    }

    @Scheduled(identity = "staff-directory", every = "{hestia.staff-directory.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!migrations.isDone()) {
            LOG.warn("Staff directory sync skipped: the database is not ready");
            return;
        }
        syncAll();
    }

    /** Syncs every organisation; one organisation's failure (or Keycloak's) does not stop the others. */
    @ActivateRequestContext
    public void syncAll() {
        for (var organisation : reference.organisations()) {
            String id = organisation.getId();
            try {
                List<KeycloakDirectory.DirectoryUser> users = directory.usersOf(id);
                StaffSyncReport report = SystemScope.inOrganisation(id, "staff directory sync",
                        () -> QuarkusTransaction.requiringNew().call(() -> apply(id, users)));
                if (report.getCreated() + report.getUpdated() + report.getDeactivated() > 0) {
                    LOG.infof("Staff directory %s: %d new, %d changed, %d deactivated", id, report.getCreated(),
                            report.getUpdated(), report.getDeactivated());
                }
            } catch (KeycloakDirectory.Unavailable e) {
                LOG.warnf("Staff directory sync of %s skipped: %s", id, e.getMessage());
                return; // the same Keycloak serves every organisation: try again at the next run
            } catch (RuntimeException e) {
                LOG.errorf(e, "Staff directory sync failed for %s", id);
            }
        }
    }

    private StaffSyncReport apply(String organisation, List<KeycloakDirectory.DirectoryUser> users) {
        int created = 0;
        int updated = 0;
        for (KeycloakDirectory.DirectoryUser user : users) {
            int change = staff.upsertFromDirectory(user.id(), organisation, user.username(), user.displayName(),
                    user.roles(), user.enabled());
            if (change == 1) {
                created++;
            } else if (change == 2) {
                updated++;
            }
        }
        List<UUID> gone = staff.deactivateAllBut(organisation, users.stream().map(KeycloakDirectory.DirectoryUser::id)
                .toList());
        service.forget(gone);
        users.stream().filter(user -> !user.enabled()).map(KeycloakDirectory.DirectoryUser::id).forEach(service::forget);
        return new StaffSyncReport(created, updated, gone.size(), Time.now());
    }
}
