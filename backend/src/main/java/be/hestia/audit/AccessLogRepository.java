package be.hestia.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import be.hestia.common.PageRequest;
import be.hestia.common.Rows;

/**
 * Insert and query only: the access log has no entity to update. Lines are written one per call;
 * they are read as user actions: the lines of one actor under one user action (header
 * {@code Hestia-User-Action}) about one household make one action, a line without it one action alone.
 */
@ApplicationScoped
public class AccessLogRepository {

    /** What one action did to one kind of record, in the order it first did it. */
    public record Access(String action, String recordType, int count) {
    }

    /**
     * One user action, with the names the list shows: its household's (its reference tenant's, none once
     * its case file was anonymised) and its case file's reference and opening date.
     */
    public record ActionRow(long id, OffsetDateTime at, OffsetDateTime lastAt, UUID actorId, String actorName,
            String action, String recordType, UUID recordId, UUID householdId, String householdName,
            UUID caseFileId, String caseFileReference, LocalDate caseFileOpenedOn, boolean caseFileAnonymised,
            List<Access> accesses,
            String reason, String reasonCode, String clientAddress) {
    }

    /** The filters of the list and of its export. */
    public record Filter(String organisationId, UUID actorId, UUID householdId, OffsetDateTime from,
            OffsetDateTime to) {
    }

    /** Where the next page of an export starts: after the action that ended the previous one. */
    public record After(OffsetDateTime at, long id) {
    }

    /** The English reason of handover lines written before reason codes (V17), read as its code. */
    private static final String LEGACY_HANDOVER = "handover after a move";

    /** The lines of the filter, each with its action key, its reason code and its case file. */
    private static final String LINES = """
            select a.id, a.at, a.actor_id, a.actor_name, a.action, a.record_type, a.record_id, a.household_id,
                   a.client_address,
                   coalesce(a.user_action::text, 'line-' || a.id) as action_key,
                   case when a.reason_code is null and a.reason = '%1$s' then null else a.reason end as reason,
                   coalesce(a.reason_code, case when a.reason = '%1$s' then 'handover-after-move' end) as reason_code,
                   coalesce(a.case_file_id, case when a.record_type = 'case-file' then a.record_id end) as case_file_id
            from access_log a
            where a.organisation_id = :organisation
              and (cast(:actor as uuid) is null or a.actor_id = cast(:actor as uuid))
              and (cast(:household as uuid) is null or a.household_id = cast(:household as uuid))
              and (cast(:from as timestamptz) is null or a.at >= cast(:from as timestamptz))
              and (cast(:to as timestamptz) is null or a.at < cast(:to as timestamptz))
            """.formatted(LEGACY_HANDOVER);

    /** One row per user action; {@code %s} is the condition on the actions (having) and the order and limit. */
    private static final String ACTIONS = """
            with line as (%s),
            action as (
                select min(l.id) as id, min(l.at) as at, max(l.at) as last_at, l.actor_id, l.household_id,
                       (array_agg(l.actor_name order by l.id))[1] as actor_name,
                       (array_agg(l.action order by l.id))[1] as action,
                       (array_agg(l.record_type order by l.id))[1] as record_type,
                       (array_agg(l.record_id order by l.id))[1] as record_id,
                       string_agg(l.action || ' ' || l.record_type, ',' order by l.id) as accesses,
                       string_agg(distinct l.reason, ' | ') as reason,
                       (array_agg(l.reason_code order by l.id) filter (where l.reason_code is not null))[1]
                         as reason_code,
                       (array_agg(l.client_address order by l.id) filter (where l.client_address is not null))[1]
                         as client_address,
                       (array_agg(l.case_file_id order by l.id) filter (where l.case_file_id is not null))[1]
                         as case_file_id
                from line l
                group by l.actor_id, l.household_id, l.action_key
                %s
            )
            select a.*, f.id as file_id, f.reference as file_reference, (f.household_id is null) as file_anonymised,
                   cast(f.opened_at at time zone 'Europe/Brussels' as date) as file_opened_on,
                   r.first_name || ' ' || r.last_name as household_name
            from action a
            left join case_file f on f.id = a.case_file_id and f.organisation_id = :organisation
            left join household_member r on r.household_id = a.household_id and r.role = 'reference-tenant'
                                        and r.organisation_id = :organisation
            %s
            """;

    private static final String NEWEST_FIRST = "order by a.at desc, a.id desc";
    private static final String GROUPS_NEWEST_FIRST = "order by min(l.at) desc, min(l.id) desc";

    @Inject
    EntityManager em;

    public void insert(OffsetDateTime at, String organisationId, UUID actorId, String actorName, String action,
            String recordType, UUID recordId, UUID householdId, UUID caseFileId, String reason, String reasonCode,
            String clientAddress, String sessionId, UUID userAction) {
        em.createNativeQuery("""
                insert into access_log (at, organisation_id, actor_id, actor_name, action, record_type, record_id,
                                        household_id, case_file_id, reason, reason_code, client_address, session_id,
                                        user_action)
                values (:at, :organisation, :actor, :actorName, :action, :recordType, :recordId, :household, :file,
                        :reason, :reasonCode, :address, :session, :userAction)
                """)
                .setParameter("at", at).setParameter("organisation", organisationId).setParameter("actor", actorId)
                .setParameter("actorName", actorName).setParameter("action", action)
                .setParameter("recordType", recordType).setParameter("recordId", recordId)
                .setParameter("household", householdId).setParameter("file", caseFileId)
                .setParameter("reason", reason).setParameter("reasonCode", reasonCode)
                .setParameter("address", clientAddress).setParameter("session", sessionId)
                .setParameter("userAction", userAction)
                .executeUpdate();
    }

    public boolean reasonStated(UUID actorId, String recordType, UUID recordId, String sessionId) {
        return !em.createNativeQuery("""
                select 1 from access_log where actor_id = :actor and record_type = :type and record_id = :record
                  and session_id = :session and reason is not null limit 1
                """).setParameter("actor", actorId).setParameter("type", recordType).setParameter("record", recordId)
                .setParameter("session", sessionId).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    public Optional<String> lastReasonStated(UUID actorId, String recordType, UUID recordId, String sessionId) {
        List<String> reasons = em.createNativeQuery("""
                select reason from access_log where actor_id = :actor and record_type = :type and record_id = :record
                  and session_id = :session and reason is not null order by id desc limit 1
                """).setParameter("actor", actorId).setParameter("type", recordType).setParameter("record", recordId)
                .setParameter("session", sessionId).getResultList();
        return reasons.stream().findFirst();
    }

    /** How many user actions the filter finds. */
    public long countActions(Filter filter) {
        Query query = em.createNativeQuery("select count(*) from (select 1 from (" + LINES
                + ") l group by l.actor_id, l.household_id, l.action_key) counted");
        return ((Number) bind(query, filter).getSingleResult()).longValue();
    }

    /** One page of user actions, newest first. */
    public List<ActionRow> actions(Filter filter, PageRequest page) {
        Query query = em.createNativeQuery(ACTIONS.formatted(LINES, GROUPS_NEWEST_FIRST
                + " limit :limit offset :offset", NEWEST_FIRST), Tuple.class);
        bind(query, filter).setParameter("limit", page.size()).setParameter("offset", page.offset());
        return rows(query);
    }

    /** At most {@code limit} user actions, newest first, older than {@code after} when given (an export). */
    public List<ActionRow> actionsBefore(Filter filter, After after, int limit) {
        String older = after == null ? "" : "having (min(l.at), min(l.id)) < (cast(:afterAt as timestamptz), :afterId)";
        Query query = em.createNativeQuery(ACTIONS.formatted(LINES, older + " " + GROUPS_NEWEST_FIRST
                + " limit :limit", NEWEST_FIRST), Tuple.class);
        bind(query, filter).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return rows(query);
    }

    /**
     * The user actions about a household, oldest first, whose first line comes after the line
     * {@code afterId}, at most {@code limit} (a subject-access export, page by page).
     */
    public List<ActionRow> aboutHousehold(String organisationId, UUID householdId, long afterId, int limit) {
        Query query = em.createNativeQuery(ACTIONS.formatted(LINES,
                "having min(l.id) > :after order by min(l.id) limit :limit", "order by a.id"), Tuple.class);
        bind(query, new Filter(organisationId, null, householdId, null, null)).setParameter("after", afterId)
                .setParameter("limit", limit);
        return rows(query);
    }

    private static Query bind(Query query, Filter filter) {
        return query.setParameter("organisation", filter.organisationId()).setParameter("actor", filter.actorId())
                .setParameter("household", filter.householdId()).setParameter("from", filter.from())
                .setParameter("to", filter.to());
    }

    @SuppressWarnings("unchecked")
    private static List<ActionRow> rows(Query query) {
        return ((List<Tuple>) query.getResultList()).stream().map(AccessLogRepository::toRow).toList();
    }

    private static ActionRow toRow(Tuple row) {
        UUID file = Rows.uuid(row.get("file_id"));
        boolean anonymised = file != null && Boolean.TRUE.equals(row.get("file_anonymised"));
        return new ActionRow(Rows.count(row.get("id")), Rows.timestamp(row.get("at")),
                Rows.timestamp(row.get("last_at")), Rows.uuid(row.get("actor_id")), (String) row.get("actor_name"),
                (String) row.get("action"), (String) row.get("record_type"), Rows.uuid(row.get("record_id")),
                Rows.uuid(row.get("household_id")), anonymised ? null : (String) row.get("household_name"), file,
                anonymised ? null : (String) row.get("file_reference"),
                anonymised ? null : date(row.get("file_opened_on")), anonymised,
                accesses((String) row.get("accesses")), (String) row.get("reason"), (String) row.get("reason_code"),
                (String) row.get("client_address"));
    }

    /** "read case-file,read case-timeline,read case-timeline" as (read, case-file, 1), (read, case-timeline, 2). */
    private static List<Access> accesses(String lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : lines.split(",")) {
            counts.merge(line, 1, Integer::sum);
        }
        List<Access> accesses = new ArrayList<>();
        counts.forEach((line, count) -> {
            int space = line.indexOf(' ');
            accesses.add(new Access(line.substring(0, space), line.substring(space + 1), count));
        });
        return accesses;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
