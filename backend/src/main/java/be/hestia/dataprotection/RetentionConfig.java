package be.hestia.dataprotection;

import java.time.Period;

import io.smallrye.config.ConfigMapping;

/** How long closed case files are kept, and how long the DPO sees them coming (application.properties). */
@ConfigMapping(prefix = "hestia.retention")
public interface RetentionConfig {

    /** How long a file stays closed (or archived) before it enters the retention report, e.g. P5Y. */
    Period closedFor();

    /** How long a file stays in the report before the job anonymises it, e.g. P30D. */
    Period notice();

    /** When the job runs (Quarkus cron), or {@code off}. */
    String cron();
}
