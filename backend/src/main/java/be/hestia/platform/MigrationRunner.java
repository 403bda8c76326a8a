package be.hestia.platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Migrates the schema (then seeds demo data when asked) in the background, retrying while
 * PostgreSQL is unreachable, so that the service starts, reports not-ready, and recovers by itself.
 */
@ApplicationScoped
public class MigrationRunner {

    private static final Logger LOG = Logger.getLogger(MigrationRunner.class);

    private final Flyway flyway;
    private final DemoData demoData;
    private final long retrySeconds;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hestia-migration");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean done;

    public MigrationRunner(Flyway flyway, DemoData demoData,
            @ConfigProperty(name = "hestia.migration-retry-seconds") long retrySeconds) {
        this.flyway = flyway;
        this.demoData = demoData;
        this.retrySeconds = retrySeconds;
    }

    void onStart(@Observes StartupEvent event) {
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
            flyway.migrate();
            demoData.seedIfEnabled();
            done = true;
            LOG.info("Database schema is up to date");
        } catch (RuntimeException e) {
            LOG.warnf("Database not ready (%s); retrying in %d s", e.getMessage(), retrySeconds);
            executor.schedule(this::attempt, retrySeconds, TimeUnit.SECONDS);
        }
    }
}
