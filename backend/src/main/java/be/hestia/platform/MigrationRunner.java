package be.hestia.platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings the schema up to date according to the {@link MigrationMode} (then seeds demo data when asked) in the
 * background, retrying while PostgreSQL is unreachable, so that the service starts, reports not-ready, and
 * recovers by itself. In {@link MigrationMode#ONLY} the process exits once done, or on the first failure.
 */
@ApplicationScoped
public class MigrationRunner {

    private static final Logger LOG = Logger.getLogger(MigrationRunner.class);

    // Flyway is looked up only when this process migrates: an EXTERNAL backend has no owner credentials.
    private final Instance<Flyway> flyway;
    private final SessionFactory sessionFactory;
    private final DemoData demoData;
    private final MigrationMode mode;
    private final long retrySeconds;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hestia-migration");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean done;

    public MigrationRunner(Instance<Flyway> flyway, SessionFactory sessionFactory, DemoData demoData,
            @ConfigProperty(name = "hestia.migration.mode") MigrationMode mode,
            @ConfigProperty(name = "hestia.migration-retry-seconds") long retrySeconds) {
        this.flyway = flyway;
        this.sessionFactory = sessionFactory;
        this.demoData = demoData;
        this.mode = mode;
        this.retrySeconds = retrySeconds;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Schema migrations: %s", mode);
        executor.execute(this::attempt);
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    public boolean isDone() {
        return done;
    }

    private void attempt() {
        try {
            if (mode == MigrationMode.EXTERNAL) {
                // Compares the tables and columns the entities map with the database, as the application's role.
                sessionFactory.getSchemaManager().validateMappedObjects();
            } else {
                flyway.get().migrate();
            }
            if (mode == MigrationMode.ONLY) {
                LOG.info("Database schema is up to date; exiting");
                Quarkus.asyncExit(0);
                return;
            }
            demoData.seedIfEnabled();
            done = true;
            LOG.info("Database schema is up to date");
        } catch (RuntimeException e) {
            if (mode == MigrationMode.ONLY) {
                LOG.errorf(e, "Migration failed; exiting");
                Quarkus.asyncExit(1);
                return;
            }
            LOG.warnf("Database not ready (%s); retrying in %d s", e.getMessage(), retrySeconds);
            executor.schedule(this::attempt, retrySeconds, TimeUnit.SECONDS);
        }
    }
}
