package be.hestia.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import be.hestia.api.model.AccessAction;
import be.hestia.api.model.AccessRecordType;
import be.hestia.api.model.CaseFileStatus;
import be.hestia.api.model.CaseTheme;
import be.hestia.api.model.EntryKind;
import be.hestia.api.model.Language;
import be.hestia.api.model.MemberRole;
import be.hestia.api.model.PartnerKind;
import be.hestia.api.model.ReferralStatus;
import be.hestia.api.model.RequestSource;

/**
 * No code reaches the resident: every coded value the subject-access document shows (themes,
 * kinds, statuses, roles, languages, the access log's actions and record types) has a label in
 * French and in Dutch. {@link DocumentText#label} would otherwise print the code itself.
 */
class DocumentLabelsTest {

    private static final Map<String, List<?>> GROUPS = Map.of(
            "theme", List.of(CaseTheme.values()),
            "kind", List.of(EntryKind.values()),
            "status", List.of(CaseFileStatus.values()),
            "source", List.of(RequestSource.values()),
            "partnerKind", List.of(PartnerKind.values()),
            "referralStatus", List.of(ReferralStatus.values()),
            "role", List.of(MemberRole.values()),
            "lang", List.of(Language.values()),
            "action", List.of(AccessAction.values()));

    @Test
    void everyCodedValueHasALabelInFrenchAndDutch() {
        for (Language language : Language.values()) {
            DocumentText text = DocumentText.of(language);
            GROUPS.forEach((group, values) -> values.forEach(value -> assertThat(text.label(group, value))
                    .as(language + " " + group + "." + value).isNotEqualTo(String.valueOf(value))));
            for (String recordType : recordTypes()) {
                assertThat(text.label("recordType", recordType)).as(language + " recordType." + recordType)
                        .isNotEqualTo(recordType);
            }
        }
    }

    /**
     * The record types the access log is written with: the contract's {@code AccessRecordType} (AccessLog
     * refuses any other) and, should one be missing there, the services' own constants.
     */
    static Set<String> recordTypes() {
        Set<String> types = new TreeSet<>();
        for (AccessRecordType type : AccessRecordType.values()) {
            types.add(type.toString());
        }
        Pattern record = Pattern.compile("static final String RECORD = \"([a-z-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = record.matcher(Files.readString(file));
                while (matcher.find()) {
                    types.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(types).as("the scan finds the record types").containsAll(Arrays.asList("case-file", "task", "referral"));
        return types;
    }
}
