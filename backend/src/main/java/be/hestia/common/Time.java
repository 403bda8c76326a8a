package be.hestia.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The one way Hestia tells the time: UTC, to the microsecond PostgreSQL keeps. */
public final class Time {

    /** The calendar the social services work by (due dates, "today"). */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Time() {
    }

    public static LocalDate today() {
        return LocalDate.now(BRUSSELS);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
