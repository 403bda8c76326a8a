package be.hestia.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Rows;

/** Insert and query only: the access log has no entity to update. */
@ApplicationScoped
public class AccessLogRepository {

    /** One line of the log. */
    public record LogRow(long id, OffsetDateTime at, UUID actorId, String actorName, String action, String recordType,
            UUID recordId, UUID householdId, String reason, String clientAddress) {
    }

    private static final String SEARCH = """
            from access_log a
            where a.organisation_id = :organisation
              and (cast(:actor as uuid) is null or a.actor_id = cast(:actor as uuid))
              and (cast(:household as uuid) is null or a.household_id = cast(:household as uuid))
              and (cast(:from as timestamptz) is null or a.at >= cast(:from as timestamptz))
              and (cast(:to as timestamptz) is null or a.at < cast(:to as timestamptz))
            """;

    @Inject
    EntityManager em;

    public void insert(OffsetDateTime at, String organisationId, UUID actorId, String actorName, String action,
            String recordType, UUID recordId, UUID householdId, String reason, String clientAddress,
            String sessionId) {
        em.createNativeQuery("""
                insert into access_log (at, organisation_id, actor_id, actor_name, action, record_type, record_id,
                                        household_id, reason, client_address, session_id)
                values (:at, :organisation, :actor, :actorName, :action, :recordType, :recordId, :household, :reason,
                        :address, :session)
                """)
                .setParameter("at", at).setParameter("organisation", organisationId).setParameter("actor", actorId)
                .setParameter("actorName", actorName).setParameter("action", action)
                .setParameter("recordType", recordType).setParameter("recordId", recordId)
                .setParameter("household", householdId).setParameter("reason", reason)
                .setParameter("address", clientAddress).setParameter("session", sessionId)
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

    public NativeSearch search(String organisationId, UUID actorId, UUID householdId, OffsetDateTime from,
            OffsetDateTime to) {
        return new NativeSearch(em, SEARCH).bind("organisation", organisationId).bind("actor", actorId)
                .bind("household", householdId).bind("from", from).bind("to", to);
    }

    public List<LogRow> page(NativeSearch search, PageRequest page) {
        return search.page("a.*", "a.at desc, a.id desc", page).stream().map(AccessLogRepository::toRow).toList();
    }

    /** The log lines about a household, oldest first, after the line {@code afterId}, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<LogRow> aboutHousehold(String organisationId, UUID householdId, long afterId, int limit) {
        List<Tuple> rows = em.createNativeQuery("""
                select a.* from access_log a
                where a.organisation_id = :organisation and a.household_id = :household and a.id > :after
                order by a.id limit :limit
                """, Tuple.class).setParameter("organisation", organisationId).setParameter("household", householdId)
                .setParameter("after", afterId).setParameter("limit", limit).getResultList();
        return rows.stream().map(AccessLogRepository::toRow).toList();
    }

    private static LogRow toRow(Tuple row) {
        return new LogRow(Rows.count(row.get("id")), Rows.timestamp(row.get("at")), Rows.uuid(row.get("actor_id")),
                (String) row.get("actor_name"), (String) row.get("action"), (String) row.get("record_type"),
                Rows.uuid(row.get("record_id")), Rows.uuid(row.get("household_id")), (String) row.get("reason"),
                (String) row.get("client_address"));
    }
}
