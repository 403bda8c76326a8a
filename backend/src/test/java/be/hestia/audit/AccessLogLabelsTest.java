package be.hestia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.hestia.api.model.AccessAction;
import be.hestia.api.model.AccessReasonCode;
import be.hestia.api.model.AccessRecordType;
import be.hestia.api.model.Language;
import be.hestia.common.Message;
import be.hestia.common.ProblemTexts;
import be.hestia.dataprotection.DocumentText;

/**
 * No code of the log reaches a person untranslated: every action, record type and reason code the
 * contract allows (and AccessLog refuses any other) has a label in the CSV export's three languages
 * and in the subject-access document's two.
 */
class AccessLogLabelsTest {

    /** The contract's codes, each with the key group it is labelled under. */
    private static List<String[]> codes() {
        List<String[]> codes = new ArrayList<>();
        for (AccessAction action : AccessAction.values()) {
            codes.add(new String[] { "action", action.toString() });
        }
        for (AccessRecordType type : AccessRecordType.values()) {
            codes.add(new String[] { "record-type", type.toString() });
        }
        for (AccessReasonCode code : AccessReasonCode.values()) {
            codes.add(new String[] { "reason-code", code.toString() });
        }
        return codes;
    }

    @Test
    void everyCodeHasALabelInTheExportsLanguages() {
        assertThat(codes()).hasSizeGreaterThan(15);
        for (String language : ProblemTexts.LANGUAGES) {
            for (String[] code : codes()) {
                String key = "access-log." + code[0] + "." + code[1];
                assertThat(ProblemTexts.keys(language)).as(language + " " + key).contains(key);
            }
        }
    }

    @Test
    void everyCodeHasALabelInTheSubjectAccessDocument() {
        for (Language language : Language.values()) {
            DocumentText text = DocumentText.of(language);
            for (String[] code : codes()) {
                String group = switch (code[0]) {
                    case "record-type" -> "recordType";
                    case "reason-code" -> "reasonCode";
                    default -> code[0];
                };
                assertThat(text.label(group, code[1])).as(language + " " + group + "." + code[1])
                        .isNotEqualTo(code[1]);
            }
        }
    }

    @Test
    void theExportSpeaksTheCallersLanguage() {
        assertThat(ProblemTexts.text("nl", Message.of("access-log.action.read"))).isEqualTo("Raadpleging");
        assertThat(ProblemTexts.text("fr", Message.of("access-log.action.read"))).isEqualTo("Consultation");
    }
}
