package be.hestia.agenda;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The little of RFC 5545 (iCalendar) a read-only feed needs, written by hand: a VCALENDAR of VEVENTs with UTC times
 * or whole days, text values escaped (section 3.3.11) and content lines folded at 75 octets without splitting a UTF-8
 * character (section 3.1), each line ended by CRLF. A library (ical4j) would bring a dozen dependencies and its own
 * time-zone database for these few lines; the rules it would apply are the two tested in ICalendarTest.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    ICalendar begin(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Hestia//Agenda//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(name));
        // Outlook and others refresh a subscription at this interval when they honour it.
        line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line("X-PUBLISHED-TTL:PT1H");
        return this;
    }

    /** An event at a time; {@code busy} makes it block the worker's time (appointments) or not (tasks). */
    ICalendar event(String uid, OffsetDateTime stamp, OffsetDateTime start, OffsetDateTime end, String summary,
            String url) {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + utc(stamp));
        line("DTSTART:" + utc(start));
        line("DTEND:" + utc(end));
        line("SUMMARY:" + text(summary));
        if (url != null) {
            line("URL:" + url);
        }
        line("TRANSP:OPAQUE");
        line("END:VEVENT");
        return this;
    }

    /** A whole-day event (DTEND is the next day: exclusive, section 3.6.1). */
    ICalendar allDay(String uid, OffsetDateTime stamp, LocalDate day, String summary, String url) {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + utc(stamp));
        line("DTSTART;VALUE=DATE:" + DAY.format(day));
        line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        line("SUMMARY:" + text(summary));
        if (url != null) {
            line("URL:" + url);
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    private static String utc(OffsetDateTime time) {
        return UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n (RFC 5545, 3.3.11). */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue; // CRLF: one line break
                    }
                    escaped.append("\\n");
                }
                default -> escaped.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /** Appends a content line, folded: at most 75 octets per physical line, continuations start with a space. */
    private void line(String content) {
        out.append(fold(content)).append("\r\n");
    }

    static String fold(String content) {
        StringBuilder folded = new StringBuilder(content.length() + 8);
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
