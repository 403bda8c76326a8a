package be.hestia.platform;

/**
 * Who brings the schema up to date ({@code hestia.migration.mode}, environment {@code HESTIA_MIGRATION_MODE}).
 * A deployment migrates in a one-shot step, so that the long-running backend never holds the schema owner's
 * credentials.
 */
public enum MigrationMode {
    /** This process migrates as the schema owner, then serves: make run, the tests, the e2e stack. */
    IN_PROCESS,
    /** The one-shot step: migrate as the schema owner, then exit (0 when done, 1 on failure). */
    ONLY,
    /**
     * The backend of a deployment: never migrates and needs no owner credentials; not ready until the schema
     * someone else migrated matches this build's entities.
     */
    EXTERNAL
}
