package be.hestia.household;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import be.hestia.common.Message;
import be.hestia.common.Problems;
import be.hestia.common.Text;

/**
 * Reads a rental-system export into one plan per household, collecting every rejected line with
 * its reason instead of stopping at the first. Pure parsing and checking: nothing is written here.
 */
final class HouseholdImport {

    static final List<String> COLUMNS = List.of("household_ref", "role", "last_name", "first_name", "birth_date",
            "language", "phone", "email", "street", "number", "postcode", "unit", "lease_start");
    private static final Set<String> ROLES = Set.of("reference-tenant", "partner", "child", "other");
    private static final Set<String> LANGUAGES = Set.of("fr", "nl");

    /** A member as the file describes it. */
    record MemberLine(int line, String firstName, String lastName, LocalDate birthDate, String language,
            String phone, String email, String role) {
    }

    /** A household as the file describes it: its members and the dwelling it rents since a date. */
    record Plan(String ref, int firstLine, List<MemberLine> members, UUID dwellingId, LocalDate leaseStart) {
    }

    /** A rejected line and why, put in the caller's language when answered ({@code import.*} texts). */
    record Rejection(int line, Message reason) {
    }

    final List<Plan> plans = new ArrayList<>();
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

    private void parse(String csv, Function<List<String>, List<UUID>> resolveAddresses) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        Map<String, List<CSVRecord>> byHousehold = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> missing = COLUMNS.stream()
                    .filter(column -> !parser.getHeaderNames().contains(column)).toList();
            if (!missing.isEmpty()) {
                throw Problems.invalid("body", "missing-columns", String.join(", ", missing));
            }
            for (CSVRecord record : parser) {
                lines++;
                if (!record.isConsistent()) { // a short line would fail every later look-up by column
                    reject(record, "wrong-column-count", record.size(), COLUMNS.size());
                    continue;
                }
                String ref = record.get("household_ref");
                String unstorable = unstorableColumn(record);
                if (unstorable != null) {
                    reject(record, "not-storable", unstorable);
                } else if (ref.isEmpty()) {
                    reject(record, "household-ref-empty");
                } else {
                    byHousehold.computeIfAbsent(ref, key -> new ArrayList<>()).add(record);
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw Problems.invalid("body", "unreadable-csv");
        }
        List<String> addresses = byHousehold.values().stream().flatMap(List::stream)
                .filter(r -> r.get("role").equalsIgnoreCase("reference-tenant")).map(HouseholdImport::address)
                .distinct().toList();
        List<UUID> ids = resolveAddresses.apply(addresses);
        Map<String, UUID> dwellingsByAddress = new HashMap<>();
        for (int i = 0; i < addresses.size(); i++) {
            if (ids.get(i) != null) {
                dwellingsByAddress.put(addresses.get(i), ids.get(i));
            }
        }
        Map<UUID, String> dwellingTakenBy = new HashMap<>();
        byHousehold.forEach((ref, records) -> plan(ref, records, dwellingsByAddress, dwellingTakenBy));
    }

    /** The first column whose cell no one could have typed (see Text#storable), or null. */
    private static String unstorableColumn(CSVRecord record) {
        return record.toMap().entrySet().stream().filter(cell -> cell.getValue() != null && !Text.storable(cell.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static String address(CSVRecord record) {
        return String.join(" ", record.get("street"), record.get("number"), record.get("postcode"), record.get("unit"));
    }

    private void plan(String ref, List<CSVRecord> records, Map<String, UUID> dwellingsByAddress,
            Map<UUID, String> dwellingTakenBy) {
        List<MemberLine> members = new ArrayList<>();
        CSVRecord reference = null;
        boolean valid = true;
        for (CSVRecord record : records) {
            MemberLine member = member(record);
            if (member == null) {
                valid = false;
                continue;
            }
            members.add(member);
            if (member.role().equals("reference-tenant")) {
                if (reference != null) {
                    reject(record, "second-reference-tenant", ref, lineOf(reference));
                    valid = false;
                }
                reference = record;
            }
        }
        if (reference == null) {
            if (valid) {
                reject(records.get(0), "no-reference-tenant", ref);
            }
            return;
        }
        UUID dwelling = dwellingsByAddress.get(address(reference));
        LocalDate leaseStart = date(reference, "lease_start", true);
        if (dwelling == null) {
            reject(reference, "no-dwelling", reference.get("street") + " " + reference.get("number") + ", "
                    + reference.get("postcode"), reference.get("unit"));
            return;
        }
        if (leaseStart == null) {
            return;
        }
        String other = dwellingTakenBy.putIfAbsent(dwelling, ref);
        if (other != null) {
            reject(reference, "dwelling-given-twice", other);
            return;
        }
        if (valid) {
            plans.add(new Plan(ref, lineOf(records.get(0)), members, dwelling, leaseStart));
        }
    }

    private MemberLine member(CSVRecord record) {
        String role = record.get("role").toLowerCase(Locale.ROOT);
        String language = record.get("language").toLowerCase(Locale.ROOT);
        String email = record.get("email");
        if (record.get("first_name").isEmpty() || record.get("last_name").isEmpty()) {
            return reject(record, "names-required");
        }
        if (!ROLES.contains(role)) {
            return reject(record, "unknown-role");
        }
        if (!LANGUAGES.contains(language)) {
            return reject(record, "unknown-language");
        }
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return reject(record, "invalid-email");
        }
        LocalDate birth = date(record, "birth_date", false);
        if (birth == null && !record.get("birth_date").isEmpty()) {
            return null;
        }
        if (birth != null && birth.isAfter(LocalDate.now())) {
            return reject(record, "birth-date-future");
        }
        return new MemberLine(lineOf(record), record.get("first_name"), record.get("last_name"), birth, language,
                blankToNull(record.get("phone")), blankToNull(email), role);
    }

    private LocalDate date(CSVRecord record, String column, boolean required) {
        String value = record.get(column);
        if (value.isEmpty()) {
            if (required) {
                reject(record, "date-required", column);
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(record, "invalid-date", column);
            return null;
        }
    }

    private MemberLine reject(CSVRecord record, String key, Object... args) {
        rejected.add(new Rejection(lineOf(record), Message.of("import." + key, args)));
        return null;
    }

    private static int lineOf(CSVRecord record) {
        return (int) record.getRecordNumber() + 1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
