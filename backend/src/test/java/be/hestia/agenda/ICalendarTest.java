package be.hestia.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The two rules of RFC 5545 that a hand-written feed can get wrong: escaping and line folding. */
class ICalendarTest {

    @Test
    void textValuesAreEscaped() {
        assertThat(ICalendar.text("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
        assertThat(ICalendar.text("bell\u0007")).isEqualTo("bell ");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String value = "SUMMARY:" + "é".repeat(100); // two octets each
        String folded = ICalendar.fold(value);
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.split("\r\n")).allSatisfy(line -> assertThat(line).doesNotContain("\uFFFD"));
        assertThat(folded.split("\r\n")[1]).startsWith(" ");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(value);
        assertThat(ICalendar.fold("SHORT:x")).isEqualTo("SHORT:x");
        String exactly75 = "X".repeat(75);
        assertThat(ICalendar.fold(exactly75)).isEqualTo(exactly75);
        assertThat(ICalendar.fold(exactly75 + "Y")).isEqualTo(exactly75 + "\r\n Y");
    }

    @Test
    void aCalendarHasItsEnvelopeTimedAndAllDayEvents() {
        OffsetDateTime stamp = OffsetDateTime.of(2026, 12, 2, 5, 0, 0, 0, ZoneOffset.UTC);
        String calendar = new ICalendar().begin("Hestia")
                .event("a@hestia", stamp, OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.ofHours(1)),
                        OffsetDateTime.of(2026, 12, 3, 11, 0, 0, 0, ZoneOffset.ofHours(1)), "Visite, LOC-1", null)
                .allDay("b@hestia", stamp, LocalDate.of(2026, 12, 31), "Tâche", "http://x/case-files/1").end();
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
                .contains("BEGIN:VEVENT\r\nUID:a@hestia\r\nDTSTAMP:20261202T050000Z\r\nDTSTART:20261203T090000Z\r\n"
                        + "DTEND:20261203T100000Z\r\nSUMMARY:Visite\\, LOC-1\r\n")
                .contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }
}
