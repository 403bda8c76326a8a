package be.hestia.household;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import be.hestia.api.model.ImportColumn;
import be.hestia.api.model.ImportErrorCode;
import be.hestia.common.Message;
import be.hestia.common.Problems;
import be.hestia.common.Text;

/**
 * Reads a rental-system export into one plan per household, collecting every error of every line
 * (each cell is checked on its own) instead of stopping at the first. Pure parsing and checking:
 * nothing is written here. The columns are the contract's {@link ImportColumn}, in its order: the
 * template ({@link HouseholdImportTemplate}) is written from the same list.
 */
final class HouseholdImport {

    static final List<ImportColumn> COLUMNS = List.of(ImportColumn.values());
    static final List<String> ROLES = List.of("reference-tenant", "partner", "child", "other");
    static final List<String> LANGUAGES = List.of("fr", "nl");
    /** The longest values the household form accepts too (the contract's MemberInput and HouseholdInput). */
    static final Map<ImportColumn, Integer> MAX_LENGTH = new EnumMap<>(Map.of(ImportColumn.HOUSEHOLD_REF, 40,
            ImportColumn.LAST_NAME, 80, ImportColumn.FIRST_NAME, 80, ImportColumn.PHONE, 30, ImportColumn.EMAIL, 120));
    /** What names the dwelling, on the reference tenant's line. */
    static final List<ImportColumn> ADDRESS = List.of(ImportColumn.STREET, ImportColumn.NUMBER, ImportColumn.POSTCODE,
            ImportColumn.UNIT);
    private static final String REFERENCE_TENANT = "reference-tenant";

    /** A member as the file describes it. */
    record MemberLine(int line, String firstName, String lastName, LocalDate birthDate, String language,
            String phone, String email, String role) {
    }

    /** A household as the file describes it: its members and the dwelling it rents since a date. */
    record Plan(String ref, int referenceLine, String address, List<MemberLine> members, UUID dwellingId,
            LocalDate leaseStart) {
    }

    /**
     * A household's reference tenant naming a dwelling of the organisation, valid or not otherwise:
     * the service checks whether someone else rents it, so that the report tells that too.
     */
    record Claim(String ref, int line, String address, UUID dwellingId) {
    }

    /**
     * One error of a line: the cell at fault (null when it is about the line or its dwelling), a code,
     * the value as the file gives it, and what is expected or the other line, when the code needs them.
     */
    record Rejection(int line, ImportColumn column, ImportErrorCode code, String value, String expected,
            Integer otherLine) {

        static final Comparator<Rejection> ORDER = Comparator.comparingInt(Rejection::line)
                .thenComparing(r -> r.column() == null ? Integer.MAX_VALUE : r.column().ordinal())
                .thenComparing(Rejection::code);

        /** The error in words ({@code import.<code>}): {0} the column, {1} the value, {2} expected, {3} the other line. */
        Message message() {
            return Message.of("import." + code, column == null ? "" : column.toString(), value == null ? "" : value,
                    expected == null ? "" : expected, otherLine == null ? "" : otherLine);
        }
    }

    final List<Plan> plans = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();
    int lines;

    /**
     * @param resolveAddresses turns "street number postcode unit" strings into dwelling ids, in
     *        order, null where no dwelling matches
     */
    static HouseholdImport read(String csv, Function<List<String>, List<UUID>> resolveAddresses) {
        HouseholdImport result = new HouseholdImport();
        result.parse(csv, resolveAddresses);
        return result;
    }

    /** The lines with at least one error. */
    Set<Integer> rejectedLines() {
        Set<Integer> lines = new TreeSet<>();
        rejected.forEach(r -> lines.add(r.line()));
        return lines;
    }

    void reject(Rejection rejection) {
        rejected.add(rejection);
    }

    void sort() {
        rejected.sort(Rejection.ORDER);
    }

    /** One line read: its cells, and whether any of them is wrong. */
    private static final class Line {
        final int number;
        final Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        boolean wrong;

        Line(CSVRecord record) {
            number = (int) record.getRecordNumber() + 1;
            COLUMNS.forEach(column -> cells.put(column, record.get(column.toString())));
        }

        String get(ImportColumn column) {
            return cells.get(column);
        }

        boolean isReferenceTenant() {
            return get(ImportColumn.ROLE).toLowerCase(Locale.ROOT).equals(REFERENCE_TENANT);
        }
    }

    private void parse(String csv, Function<List<String>, List<UUID>> resolveAddresses) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        Map<String, List<Line>> byHousehold = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = COLUMNS.stream().map(ImportColumn::toString)
                    .filter(column -> !parser.getHeaderNames().contains(column)).toList();
            if (!missing.isEmpty()) {
                throw Problems.invalid("body", "missing-columns", String.join(", ", missing));
            }
            int columns = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                lines++;
                if (!record.isConsistent()) { // a short line would fail every later look-up by column
                    reject(new Rejection((int) record.getRecordNumber() + 1, null,
                            ImportErrorCode.WRONG_COLUMN_COUNT, String.valueOf(record.size()),
                            String.valueOf(columns), null));
                    continue;
                }
                Line line = new Line(record);
                check(line);
                String ref = line.get(ImportColumn.HOUSEHOLD_REF);
                if (!ref.isEmpty() && Text.storable(ref)) {
                    byHousehold.computeIfAbsent(ref, key -> new ArrayList<>()).add(line);
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw Problems.invalid("body", "unreadable-csv");
        }
        Map<String, Line> references = new LinkedHashMap<>();
        byHousehold.forEach((ref, lines) -> {
            Line reference = reference(ref, lines);
            if (reference != null && complete(reference)) {
                references.put(ref, reference);
            }
        });
        List<String> addresses = references.values().stream().map(HouseholdImport::addressKey).distinct().toList();
        List<UUID> ids = resolveAddresses.apply(addresses);
        Map<String, UUID> dwellingsByAddress = new HashMap<>();
        for (int i = 0; i < addresses.size(); i++) {
            if (ids.get(i) != null) {
                dwellingsByAddress.put(addresses.get(i), ids.get(i));
            }
        }
        Map<UUID, Line> dwellingTakenBy = new HashMap<>();
        references.forEach((ref, reference) -> {
            UUID dwelling = dwellingsByAddress.get(addressKey(reference));
            if (dwelling == null) {
                fail(reference, null, ImportErrorCode.UNKNOWN_DWELLING, address(reference), null, null);
                return;
            }
            Line other = dwellingTakenBy.putIfAbsent(dwelling, reference);
            if (other != null) {
                fail(reference, null, ImportErrorCode.DWELLING_GIVEN_TWICE, address(reference), null, other.number);
                return;
            }
            claims.add(new Claim(ref, reference.number, address(reference), dwelling));
        });
        byHousehold.forEach((ref, lines) -> {
            Line reference = references.get(ref);
            Claim claim = claims.stream().filter(c -> c.ref().equals(ref)).findFirst().orElse(null);
            if (claim != null && lines.stream().noneMatch(l -> l.wrong)) {
                plans.add(new Plan(ref, reference.number, claim.address(), lines.stream().map(HouseholdImport::member)
                        .toList(), claim.dwellingId(), LocalDate.parse(reference.get(ImportColumn.LEASE_START))));
            }
        });
    }

    /** The household's reference tenant's line; the household's own errors on its lines. */
    private Line reference(String ref, List<Line> lines) {
        List<Line> references = lines.stream().filter(Line::isReferenceTenant).toList();
        if (references.isEmpty()) {
            fail(lines.get(0), ImportColumn.HOUSEHOLD_REF, ImportErrorCode.NO_REFERENCE_TENANT, ref, null, null);
            return null;
        }
        Line first = references.get(0);
        references.stream().skip(1).forEach(line -> fail(line, ImportColumn.ROLE,
                ImportErrorCode.SECOND_REFERENCE_TENANT, line.get(ImportColumn.ROLE), null, first.number));
        return first;
    }

    /** Whether the reference tenant's line names a dwelling (its own errors are already reported). */
    private static boolean complete(Line reference) {
        return ADDRESS.stream().map(reference::get).allMatch(v -> !v.isEmpty() && Text.storable(v));
    }

    /** Every error of one line, cell by cell. */
    private void check(Line line) {
        for (ImportColumn column : COLUMNS) {
            String value = line.get(column);
            if (!Text.storable(value)) {
                fail(line, column, ImportErrorCode.CONTROL_CHARACTERS, null, null, null);
            } else if (MAX_LENGTH.containsKey(column) && value.length() > MAX_LENGTH.get(column)) {
                fail(line, column, ImportErrorCode.TOO_LONG, value, String.valueOf(MAX_LENGTH.get(column)), null);
            } else if (value.isEmpty()) {
                if (required(line, column)) {
                    fail(line, column, ImportErrorCode.REQUIRED, null, null, null);
                }
            } else {
                checkValue(line, column, value);
            }
        }
    }

    private static boolean required(Line line, ImportColumn column) {
        return switch (column) {
            case HOUSEHOLD_REF, ROLE, LAST_NAME, FIRST_NAME, LANGUAGE -> true;
            case STREET, NUMBER, POSTCODE, UNIT, LEASE_START -> line.isReferenceTenant();
            default -> false;
        };
    }

    private void checkValue(Line line, ImportColumn column, String value) {
        switch (column) {
            case ROLE -> {
                if (!ROLES.contains(value.toLowerCase(Locale.ROOT))) {
                    fail(line, column, ImportErrorCode.UNKNOWN_ROLE, value, String.join(", ", ROLES), null);
                }
            }
            case LANGUAGE -> {
                if (!LANGUAGES.contains(value.toLowerCase(Locale.ROOT))) {
                    fail(line, column, ImportErrorCode.UNKNOWN_LANGUAGE, value, String.join(", ", LANGUAGES), null);
                }
            }
            case EMAIL -> {
                if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    fail(line, column, ImportErrorCode.INVALID_EMAIL, value, null, null);
                }
            }
            case BIRTH_DATE, LEASE_START -> {
                LocalDate date = date(value);
                if (date == null) {
                    fail(line, column, ImportErrorCode.INVALID_DATE, value, "YYYY-MM-DD", null);
                } else if (column == ImportColumn.BIRTH_DATE && date.isAfter(LocalDate.now())) {
                    fail(line, column, ImportErrorCode.FUTURE_DATE, value, null, null);
                }
            }
            default -> {
            }
        }
    }

    private void fail(Line line, ImportColumn column, ImportErrorCode code, String value, String expected,
            Integer otherLine) {
        line.wrong = true;
        reject(new Rejection(line.number, column, code, value, expected, otherLine));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static MemberLine member(Line line) {
        String birth = line.get(ImportColumn.BIRTH_DATE);
        return new MemberLine(line.number, line.get(ImportColumn.FIRST_NAME), line.get(ImportColumn.LAST_NAME),
                birth.isEmpty() ? null : LocalDate.parse(birth),
                line.get(ImportColumn.LANGUAGE).toLowerCase(Locale.ROOT), Text.blankToNull(line.get(ImportColumn.PHONE)),
                Text.blankToNull(line.get(ImportColumn.EMAIL)), line.get(ImportColumn.ROLE).toLowerCase(Locale.ROOT));
    }

    /** How the dwelling repository matches an address. */
    private static String addressKey(Line line) {
        return String.join(" ", ADDRESS.stream().map(line::get).toList());
    }

    /** The address as people write it: "Rue X 1, 1180, A1". */
    private static String address(Line line) {
        return line.get(ImportColumn.STREET) + " " + line.get(ImportColumn.NUMBER) + ", "
                + line.get(ImportColumn.POSTCODE) + ", " + line.get(ImportColumn.UNIT);
    }
}
