package be.hestia.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The one way Hestia tells the time: UTC, to the microsecond PostgreSQL keeps. */
public final class Time {

    private Time() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
