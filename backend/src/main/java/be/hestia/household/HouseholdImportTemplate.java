package be.hestia.household;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import be.hestia.api.model.ImportColumn;
import be.hestia.dwelling.DwellingService.DwellingAddress;

/**
 * The file an import starts from: the header the parser reads ({@link HouseholdImport#COLUMNS}, so
 * the two cannot drift apart) and one example line, a reference tenant renting {@code dwelling}.
 */
final class HouseholdImportTemplate {

    /** Used when the organisation has no vacant dwelling: the line then shows the form, not a real address. */
    static final DwellingAddress EXAMPLE_ADDRESS = new DwellingAddress("Avenue du Homborch", "36", "1180", "1.01");
    static final String EXAMPLE_REF = "EXAMPLE-0001";

    private HouseholdImportTemplate() {
    }

    static String csv(DwellingAddress dwelling) {
        Map<ImportColumn, String> example = new EnumMap<>(ImportColumn.class);
        example.put(ImportColumn.HOUSEHOLD_REF, EXAMPLE_REF);
        example.put(ImportColumn.ROLE, "reference-tenant");
        example.put(ImportColumn.LAST_NAME, "Dupont");
        example.put(ImportColumn.FIRST_NAME, "Marie");
        example.put(ImportColumn.BIRTH_DATE, "1980-05-17");
        example.put(ImportColumn.LANGUAGE, "fr");
        example.put(ImportColumn.PHONE, "+32 2 555 00 00");
        example.put(ImportColumn.EMAIL, "marie.dupont@example.be");
        example.put(ImportColumn.STREET, dwelling.street());
        example.put(ImportColumn.NUMBER, dwelling.number());
        example.put(ImportColumn.POSTCODE, dwelling.postcode());
        example.put(ImportColumn.UNIT, dwelling.unit());
        example.put(ImportColumn.LEASE_START, "2026-01-01");
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setRecordSeparator("\r\n").get())) {
            printer.printRecord(HouseholdImport.COLUMNS.stream().map(ImportColumn::toString));
            // A column without an example would fail here (no value), not in an admin's spreadsheet.
            printer.printRecord(HouseholdImport.COLUMNS.stream().map(column -> java.util.Objects
                    .requireNonNull(example.get(column), () -> "No example for " + column)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
