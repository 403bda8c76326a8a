package be.hestia.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Removes the content of case files and their link to the household, keeping what statistics
 * need: organisation, themes, statuses, entry kinds, referral partner kinds and outcomes' statuses,
 * counts, staff, and dates truncated to their month (Brussels time).
 *
 * <p>Each statement takes the files' ids as {@code :files}; a table that holds case content
 * (attachments, say) is one more statement in {@link #STATEMENTS}, before the case file's own.
 */
@ApplicationScoped
public class CaseFileAnonymiser {

    private static final String MONTH = "date_trunc('month', %s, 'Europe/Brussels')";

    private static String month(String column) {
        return column + " = " + MONTH.formatted(column);
    }

    private static final List<String> STATEMENTS = List.of(
            // Earlier versions of entries go entirely: they are content, and the entries keep the counts.
            "delete from case_entry_version where case_file_id in (:files)",
            "update case_entry set summary = '', note = null, participants = null, " + month("occurred_at") + ", "
                    + month("created_at") + ", " + month("updated_at") + ", " + month("edited_at")
                    + ", version = version + 1 where case_file_id in (:files)",
            "update referral set partner_name = '', reason = '', consent_note = null, outcome = null, "
                    + month("consent_recorded_at") + ", " + month("created_at") + ", " + month("updated_at")
                    + ", version = version + 1 where case_file_id in (:files)",
            "update follow_up_task set title = '', due_date = " + MONTH.formatted("due_date") + "::date, "
                    + month("done_at") + ", " + month("created_at") + ", " + month("updated_at")
                    + ", version = version + 1 where case_file_id in (:files)",
            "update case_file_transition set reason = null, " + month("at") + " where case_file_id in (:files)",
            // Documents go entirely (their content cascades): nothing in them serves statistics.
            "delete from attachment where case_file_id in (:files)",
            "update case_file set household_id = null, request_detail = null, closing_reason = null, "
                    + month("opened_at") + ", " + month("closed_at") + ", " + month("last_activity_at") + ", "
                    + month("created_at") + ", " + month("updated_at") + ", version = version + 1"
                    + " where id in (:files)");

    @Inject
    EntityManager em;

    /** Anonymises the files (of any organisation: the caller chose them). */
    public void anonymise(List<UUID> caseFileIds) {
        if (caseFileIds.isEmpty()) {
            return;
        }
        // Entities of these files loaded earlier in the transaction would be stale now.
        em.flush();
        for (String statement : STATEMENTS) {
            em.createNativeQuery(statement).setParameter("files", caseFileIds).executeUpdate();
        }
        em.clear();
    }
}
