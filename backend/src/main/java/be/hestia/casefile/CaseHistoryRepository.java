package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import be.hestia.common.Rows;

/**
 * Reads for a subject-access export: a household's files and their service entries, page by page
 * as plain rows (never managed entities), so that a long history never sits in memory at once.
 */
@ApplicationScoped
public class CaseHistoryRepository {

    /** One service entry of a timeline. */
    public record EntryRow(UUID id, String kind, OffsetDateTime occurredAt, UUID authorId, String participants,
            String summary, String note, UUID handoverFromId, UUID handoverToId, String handoverReason) {
    }

    private static final String ENTRY_COLUMNS = "select e.id, e.kind, e.occurred_at, e.author_id, e.participants, "
            + "e.summary, e.note, e.handover_from_id, e.handover_to_id, e.handover_reason from case_entry e where e.case_file_id = :file and e.visibility = 'service' ";

    // The timeline index is (case_file_id, occurred_at desc, id): read backwards, it gives this order.
    private static final String ORDER = "order by e.occurred_at, e.id desc limit :limit";
    private static final String AFTER = "and e.occurred_at >= :at and (e.occurred_at > :at or e.id < :id) ";

    @Inject
    EntityManager em;

    /** The household's files in the organisation, oldest first. */
    public List<CaseFile> filesOf(String organisationId, UUID householdId) {
        return em.createQuery("from CaseFile where organisationId = :organisation and householdId = :household "
                + "order by openedAt, id", CaseFile.class)
                .setParameter("organisation", organisationId).setParameter("household", householdId)
                .getResultList();
    }

    /**
     * The file's service entries after ({@code afterAt}, {@code afterId}) in time order, at most
     * {@code limit}; private entries are excluded in the query itself. The first page passes nulls.
     * Ties on the time are broken by id, descending, to follow the timeline index.
     */
    public List<EntryRow> serviceEntriesAfter(UUID caseFileId, OffsetDateTime afterAt, UUID afterId, int limit) {
        var query = afterAt == null
                ? em.createNativeQuery(ENTRY_COLUMNS + ORDER, Tuple.class)
                : em.createNativeQuery(ENTRY_COLUMNS + AFTER + ORDER, Tuple.class)
                        .setParameter("at", afterAt).setParameter("id", afterId);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.setParameter("file", caseFileId).setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> new EntryRow(Rows.uuid(row.get("id")), (String) row.get("kind"),
                Rows.timestamp(row.get("occurred_at")), Rows.uuid(row.get("author_id")),
                (String) row.get("participants"), (String) row.get("summary"), (String) row.get("note"),
                Rows.uuid(row.get("handover_from_id")), Rows.uuid(row.get("handover_to_id")),
                (String) row.get("handover_reason"))).toList();
    }
}
