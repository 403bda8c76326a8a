package be.hestia.platform;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the schema is migrated: requests before that would fail on missing tables. */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    private final MigrationRunner migrations;

    public SchemaReadinessCheck(MigrationRunner migrations) {
        this.migrations = migrations;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-schema").status(migrations.isDone()).build();
    }
}
