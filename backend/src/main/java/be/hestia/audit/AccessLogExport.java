package be.hestia.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import be.hestia.common.ExportStream;
import be.hestia.common.Message;
import be.hestia.common.ProblemTexts;
import be.hestia.common.Time;
import be.hestia.security.OrganisationScope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The filtered access log as a CSV file, one line per user action, newest first, in the caller's
 * language (the texts of {@code messages/problems_<language>.properties}, keys {@code access-log.*}).
 * The export is itself recorded in the access log before anything is written.
 */
@ApplicationScoped
public class AccessLogExport {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final List<String> COLUMNS = List.of("at", "actor", "household", "case-file", "accesses", "reason",
            "client-address");

    /** What the resource needs to answer: the body, written as it is read, and its file name. */
    public record Csv(ExportStream body, String fileName) {
    }

    private final AccessLogRepository repository;
    private final AccessLog log;
    private final OrganisationScope scope;
    private final ProblemTexts texts;

    public AccessLogExport(AccessLogRepository repository, AccessLog log, OrganisationScope scope, ProblemTexts texts) {
        this.repository = repository;
        this.log = log;
        this.scope = scope;
        this.texts = texts;
    }

    /** Records the export (about the household when the log is filtered on one), then returns it to be written. */
    @Transactional
    public Csv export(UUID actorId, UUID householdId, OffsetDateTime from, OffsetDateTime to) {
        String organisationId = scope.id();
        String language = texts.language();
        log.record("export", AccessLog.ACCESS_LOG, UUID.randomUUID(), householdId, null);
        AccessLogRepository.Filter filter = new AccessLogRepository.Filter(organisationId, actorId, householdId, from,
                to);
        String fileName = "hestia-access-log-" + (organisationId == null ? "region" : organisationId) + "-"
                + DATE.format(Time.now().atZoneSameInstant(BRUSSELS)) + ".csv";
        return new Csv(new ExportStream(out -> write(filter, language, out)), fileName);
    }

    /** Runs while the response is sent, in a read-only transaction of its own, page by page. */
    private void write(AccessLogRepository.Filter filter, String language, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // A byte order mark, so that spreadsheets read the file as UTF-8.
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(COLUMNS.stream().map(column -> text(language, "access-log.column." + column)).toList());
            QuarkusTransaction.requiringNew().timeout(600).run(() -> {
                AccessLogRepository.After after = null;
                List<AccessLogRepository.ActionRow> page;
                do {
                    page = repository.actionsBefore(filter, after, AccessLog.EXPORT_PAGE);
                    for (AccessLogRepository.ActionRow row : page) {
                        print(csv, line(row, language));
                    }
                    if (!page.isEmpty()) {
                        AccessLogRepository.ActionRow last = page.get(page.size() - 1);
                        after = new AccessLogRepository.After(last.at(), last.id());
                    }
                } while (page.size() == AccessLog.EXPORT_PAGE);
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter csv, List<String> line) {
        try {
            csv.printRecord(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> line(AccessLogRepository.ActionRow row, String language) {
        List<String> cells = new ArrayList<>();
        cells.add(DATE_TIME.format(row.at().atZoneSameInstant(BRUSSELS)));
        cells.add(row.actorName());
        cells.add(household(row, language));
        cells.add(caseFile(row, language));
        cells.add(accesses(row, language));
        cells.add(row.reasonCode() != null ? text(language, "access-log.reason-code." + row.reasonCode())
                : row.reason());
        cells.add(row.clientAddress());
        return cells.stream().map(AccessLogExport::inert).toList();
    }

    private static String household(AccessLogRepository.ActionRow row, String language) {
        if (row.householdId() == null) {
            return "";
        }
        if (row.caseFileAnonymised()) {
            return text(language, "access-log.household.anonymised");
        }
        return row.householdName() == null ? "" : row.householdName();
    }

    private static String caseFile(AccessLogRepository.ActionRow row, String language) {
        if (row.caseFileId() == null) {
            return "";
        }
        if (row.caseFileAnonymised()) {
            return text(language, "access-log.case-file.anonymised");
        }
        if (row.caseFileReference() != null) {
            return row.caseFileReference();
        }
        return row.caseFileOpenedOn() == null ? ""
                : ProblemTexts.text(language, Message.of("access-log.case-file.opened-on",
                        DATE.format(row.caseFileOpenedOn())));
    }

    /** E.g. "Consultation : dossier social, historique des contacts (2); ajout : contact". */
    private static String accesses(AccessLogRepository.ActionRow row, String language) {
        Map<String, List<String>> byAction = new LinkedHashMap<>();
        for (AccessLogRepository.Access access : row.accesses()) {
            String record = text(language, "access-log.record-type." + access.recordType());
            byAction.computeIfAbsent(access.action(), a -> new ArrayList<>())
                    .add(access.count() > 1 ? record + " (" + access.count() + ")" : record);
        }
        List<String> parts = new ArrayList<>();
        byAction.forEach((action, records) -> parts.add(ProblemTexts.text(language, Message.of(
                "access-log.accesses", text(language, "access-log.action." + action), String.join(", ", records)))));
        return String.join("; ", parts);
    }

    private static String text(String language, String key) {
        return ProblemTexts.text(language, Message.of(key));
    }

    /** A cell a spreadsheet would run as a formula (=, +, -, @) is written as text. */
    private static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
