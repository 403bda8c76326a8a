package be.hestia.dataprotection;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import be.hestia.api.model.AccessAction;
import be.hestia.api.model.AccessLogAccess;
import be.hestia.api.model.Language;
import be.hestia.api.model.SubjectAccessLogEntry;
import io.quarkus.qute.TemplateData;

/**
 * The words and date formats of the subject-access document in one language (French or Dutch),
 * read from {@code subject-access/document_<language>.properties}. Times are shown in Brussels.
 */
@TemplateData
public final class DocumentText {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Map<Language, DocumentText> BY_LANGUAGE = Map.of(Language.FR, load(Language.FR),
            Language.NL, load(Language.NL));

    private final String language;
    private final Map<String, String> texts;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private DocumentText(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
        Locale locale = Locale.forLanguageTag(language + "-BE");
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale);
    }

    public static DocumentText of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** fr or nl, for the document's {@code lang} attribute. */
    public String lang() {
        return language;
    }

    public String get(String key) {
        return texts.getOrDefault(key, key);
    }

    /** The label of a coded value, e.g. {@code label("theme", "energy")}; the code itself when unknown. */
    public String label(String group, Object value) {
        if (value == null) {
            return get("empty");
        }
        return texts.getOrDefault(group + "." + value, String.valueOf(value));
    }

    /** The labels of several coded values, separated by commas. */
    public String labels(String group, Collection<?> values) {
        return values.stream().map(value -> label(group, value)).collect(Collectors.joining(", "));
    }

    /**
     * What one user action of the access log read or changed: its records when it did one thing
     * ("Dossier social, Historique du dossier (2)"), by action when it did several.
     */
    public String accesses(SubjectAccessLogEntry row) {
        List<AccessLogAccess> accesses = row.getAccesses() == null || row.getAccesses().isEmpty()
                ? List.of(new AccessLogAccess(row.getAction(), row.getRecordType(), 1)) : row.getAccesses();
        Map<AccessAction, List<String>> byAction = new LinkedHashMap<>();
        for (AccessLogAccess access : accesses) {
            String record = label("recordType", access.getRecordType());
            byAction.computeIfAbsent(access.getAction(), a -> new ArrayList<>())
                    .add(access.getCount() > 1 ? record + " (" + access.getCount() + ")" : record);
        }
        if (byAction.size() == 1) {
            return String.join(", ", byAction.values().iterator().next());
        }
        return byAction.entrySet().stream().map(e -> get("accesses").replace("{0}", label("action", e.getKey()))
                .replace("{1}", String.join(", ", e.getValue()))).collect(Collectors.joining("; "));
    }

    /** The reason of an access: the person's words, or Hestia's own reason in the document's language. */
    public String reason(SubjectAccessLogEntry row) {
        return row.getReasonCode() != null ? label("reasonCode", row.getReasonCode()) : or(row.getReason());
    }

    /** What a handover entry says, from the names Hestia stored (it stores no text of its own). */
    public String handover(String from, String to) {
        String text = from == null ? get("handover.summaryNoFrom") : get("handover.summary").replace("{from}", from);
        return text.replace("{to}", to);
    }

    /** Why the file changed hands, in the reader's words (a move when Hestia did not record why). */
    public String handoverNote(Object reason) {
        String specific = reason == null ? null : texts.get("handover.note." + reason);
        return specific != null ? specific : get("handover.note");
    }

    public String date(LocalDate value) {
        return value == null ? get("empty") : date.format(value);
    }

    public String dateTime(OffsetDateTime value) {
        return value == null ? get("empty") : dateTime.format(value.atZoneSameInstant(BRUSSELS));
    }

    /** The value, or a dash when there is none. */
    public String or(String value) {
        return value == null || value.isBlank() ? get("empty") : value;
    }

    private static DocumentText load(Language language) {
        String name = "subject-access/document_" + language + ".properties";
        try (var in = DocumentText.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return new DocumentText(language.toString(), properties.stringPropertyNames().stream()
                    .collect(Collectors.toUnmodifiableMap(key -> key, properties::getProperty)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
