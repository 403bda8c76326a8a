package be.hestia.dataprotection;

import java.time.OffsetDateTime;
import java.util.List;

import be.hestia.api.model.Language;
import be.hestia.api.model.Organisation;
import be.hestia.api.model.SubjectAccessHousehold;

/** What a subject-access export says before its case files: who, for whom, when, what is left out. */
public record ExportHeader(OffsetDateTime generatedAt, Language language, Organisation organisation,
        SubjectAccessHousehold household, String householdName, List<String> exclusions, int caseFileCount) {

    /** The format version of {@code SubjectAccessExport} in openapi.yaml. */
    public static final String FORMAT_VERSION = "1";

    /** Entries private to their author are personal working notes, never part of an export. */
    public static final String PERSONAL_WORKING_NOTES = "personal-working-notes";

    /** The organisation's name in the document's language. */
    public String organisationName() {
        return language == Language.NL ? organisation.getNameNl() : organisation.getNameFr();
    }
}
