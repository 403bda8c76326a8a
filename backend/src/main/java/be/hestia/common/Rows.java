package be.hestia.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Conversions of native-query columns, whose Java types vary with the JDBC driver's choices. */
public final class Rows {

    private Rows() {
    }

    public static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
    }

    public static UUID uuid(Object value) {
        return value == null ? null : (UUID) value;
    }

    public static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static String[] strings(Object value) {
        if (value == null) {
            return new String[0];
        }
        if (value instanceof String[] array) {
            return array;
        }
        if (value instanceof Object[] array) {
            String[] strings = new String[array.length];
            for (int i = 0; i < array.length; i++) {
                strings[i] = String.valueOf(array[i]);
            }
            return strings;
        }
        throw new IllegalArgumentException("Not an array: " + value.getClass());
    }
}
