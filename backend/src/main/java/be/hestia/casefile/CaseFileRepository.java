package be.hestia.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

import be.hestia.common.NativeSearch;
import be.hestia.common.PageRequest;
import be.hestia.common.Rows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/** Case files with their transitions. */
@ApplicationScoped
public class CaseFileRepository implements PanacheRepositoryBase<CaseFile, UUID> {

    /** One line of a case file list: no request detail, no note. */
    public record CaseFileRow(UUID id, String reference, UUID householdId, String householdName, String status,
            String[] themes, UUID referentId, java.time.OffsetDateTime openedAt,
            java.time.OffsetDateTime lastActivityAt) {
    }

    /** A referent's counts; {@code referentId} is null for the files that have no referent. */
    public record CaseloadRow(UUID referentId, int open, int active, int quiet, int overdueTasks) {
    }

    private static final String FILTER = """
            where f.organisation_id = :organisation
              and (cast(:household as uuid) is null or f.household_id = cast(:household as uuid))
              and (cast(:referent as uuid) is null or f.referent_id = cast(:referent as uuid))
              and (cast(:status as text) is null or f.status = cast(:status as text))
            """;

    /** Every household has one reference tenant: the join gives the name and changes no count. */
    private static final String SEARCH = """
            from case_file f
            join household_member r on r.household_id = f.household_id and r.role = 'reference-tenant'
            """ + FILTER;

    /*
     * Per referent: followed files by status, the quiet ones, and overdue open tasks; every social
     * worker of the organisation has a line, even without files. Each part reads one partial index
     * (case_file_followed_idx, follow_up_task_overdue_idx) and never the tables.
     */
    private static final String CASELOADS = """
            with files as (
              select f.referent_id, count(*) filter (where f.status = 'open') as open,
                     count(*) filter (where f.status = 'active') as active,
                     count(*) filter (where f.last_activity_at < :quietSince) as quiet
              from case_file f
              where f.organisation_id = :organisation and f.status in ('open', 'active')
              group by f.referent_id
            ), tasks as (
              select t.assignee_id, count(*) as overdue
              from follow_up_task t
              where t.organisation_id = :organisation and t.done_at is null and t.due_date < :today
              group by t.assignee_id
            ), workers as (
              select s.id from staff s where s.organisation_id = :organisation and 'social-worker' = any(s.roles)
            ), referents as (
              select coalesce(w.id, f.referent_id) as referent_id, coalesce(f.open, 0) as open,
                     coalesce(f.active, 0) as active, coalesce(f.quiet, 0) as quiet
              from workers w full join files f on f.referent_id = w.id
            )
            select coalesce(r.referent_id, t.assignee_id) as referent_id, coalesce(r.open, 0) as open,
                   coalesce(r.active, 0) as active, coalesce(r.quiet, 0) as quiet,
                   coalesce(t.overdue, 0) as overdue
            from referents r full join tasks t on t.assignee_id = r.referent_id
            """;

    public Optional<CaseFile> findInOrganisation(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId)).firstResultOptional();
    }

    public Optional<CaseFile> findInOrganisationForUpdate(UUID id, String organisationId) {
        return find("id = :id and organisationId = :organisation",
                Parameters.with("id", id).and("organisation", organisationId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** One alert: a followed file waiting for a referent of the site its household moved to. */
    public record AwaitingReferentRow(UUID caseFileId, UUID householdId, String householdName, UUID referentId,
            UUID siteId, String siteName, java.time.OffsetDateTime since) {
    }

    /*
     * The followed files a change of a site's referent moves: those of the households whose current lease is on the
     * site, held by the referent, and those waiting for a referent of the site.
     */
    private static final String TO_MOVE = """
            from case_file f
            where f.organisation_id = :organisation and f.status in ('open', 'active')
              and (f.awaiting_referent_site_id = :site
                   or (f.referent_id = cast(:referent as uuid) and exists (
                       select 1 from lease l
                       join dwelling d on d.id = l.dwelling_id
                       join building b on b.id = d.building_id
                       where l.household_id = f.household_id and l.end_date is null and b.site_id = :site)))
            """;

    public int countToMove(String organisationId, UUID siteId, UUID referentId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) " + TO_MOVE)
                .setParameter("organisation", organisationId).setParameter("site", siteId)
                .setParameter("referent", referentId == null ? null : referentId.toString())
                .getSingleResult()).intValue();
    }

    @SuppressWarnings("unchecked")
    public List<CaseFile> toMove(String organisationId, UUID siteId, UUID referentId) {
        List<UUID> ids = getEntityManager().createNativeQuery("select f.id " + TO_MOVE + " order by f.id", UUID.class)
                .setParameter("organisation", organisationId).setParameter("site", siteId)
                .setParameter("referent", referentId == null ? null : referentId.toString())
                .getResultList();
        return ids.isEmpty() ? List.of()
                : find("id in ?1", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Ends the wait of the files waiting for a referent of {@code siteId}: it has one now. */
    public void stopAwaiting(String organisationId, UUID siteId) {
        update("awaitingReferentSiteId = null, awaitingReferentSince = null "
                + "where organisationId = ?1 and awaitingReferentSiteId = ?2", organisationId, siteId);
    }

    /** The service manager's alerts: oldest first, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<AwaitingReferentRow> awaitingReferent(String organisationId, int limit) {
        List<Tuple> rows = getEntityManager().createNativeQuery("""
                select f.id, f.household_id, r.first_name || ' ' || r.last_name as household_name, f.referent_id,
                       f.awaiting_referent_site_id, s.name as site_name, f.awaiting_referent_since
                from case_file f
                join household_member r on r.household_id = f.household_id and r.role = 'reference-tenant'
                join site s on s.id = f.awaiting_referent_site_id
                where f.organisation_id = :organisation and f.awaiting_referent_site_id is not null
                  and f.status in ('open', 'active')
                order by f.awaiting_referent_since, f.id
                limit :limit
                """, Tuple.class)
                .setParameter("organisation", organisationId).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new AwaitingReferentRow(Rows.uuid(row.get(0)), Rows.uuid(row.get(1)),
                (String) row.get(2), Rows.uuid(row.get(3)), Rows.uuid(row.get(4)), (String) row.get(5),
                Rows.timestamp(row.get(6)))).toList();
    }

    public List<CaseFile> followedFilesOf(UUID householdId) {
        return list("householdId = ?1 and status in ('open', 'active')", householdId);
    }

    /**
     * The household's followed file other than {@code exceptId} (null: any), the most recently
     * active first when several were followed before the rule came in (migration V14).
     */
    public Optional<CaseFile> followedFileOf(UUID householdId, UUID exceptId) {
        String followed = "householdId = ?1 and status in ('open', 'active')";
        String order = " order by lastActivityAt desc, id";
        return (exceptId == null ? find(followed + order, householdId)
                : find(followed + " and id <> ?2" + order, householdId, exceptId)).firstResultOptional();
    }

    /**
     * Serialises, until the end of the transaction, whoever opens or reopens a file for this
     * household: the second one waits, then sees the first one's file. (The partial unique index
     * case_file_followed_uk holds the rule in any case; this lock lets the refusal name the open file.)
     * A transaction-level advisory lock on the household id's hash: a collision only makes two
     * households wait for each other a moment.
     */
    public void lockHouseholdFiles(UUID householdId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(:household as text), 14))")
                .setParameter("household", householdId.toString()).getSingleResult();
    }

    public NativeSearch search(String organisationId, UUID householdId, UUID referentId, String status) {
        return new NativeSearch(getEntityManager(), SEARCH).countingFrom("from case_file f " + FILTER)
                .bind("organisation", organisationId)
                .bind("household", householdId).bind("referent", referentId).bind("status", status);
    }

    public List<CaseFileRow> page(NativeSearch search, PageRequest page) {
        return search.page("""
                f.id, f.reference, f.household_id, r.first_name || ' ' || r.last_name as household_name, f.status, f.themes,
                f.referent_id, f.opened_at, f.last_activity_at
                """, "f.last_activity_at desc, f.id", page).stream().map(CaseFileRepository::toRow).toList();
    }

    @SuppressWarnings("unchecked")
    public List<CaseloadRow> caseloads(String organisationId, OffsetDateTime quietSince, LocalDate today) {
        List<Tuple> rows = getEntityManager().createNativeQuery(CASELOADS, Tuple.class)
                .setParameter("organisation", organisationId).setParameter("quietSince", quietSince)
                .setParameter("today", today).getResultList();
        return rows.stream().map(row -> new CaseloadRow(Rows.uuid(row.get("referent_id")),
                Rows.integer(row.get("open")), Rows.integer(row.get("active")), Rows.integer(row.get("quiet")),
                Rows.integer(row.get("overdue")))).toList();
    }

    public List<CaseFileTransition> transitions(UUID caseFileId) {
        return getEntityManager()
                .createQuery("from CaseFileTransition where caseFileId = :id order by at", CaseFileTransition.class)
                .setParameter("id", caseFileId).getResultList();
    }

    public void persist(CaseFileTransition transition) {
        getEntityManager().persist(transition);
    }

    private static CaseFileRow toRow(Tuple row) {
        return new CaseFileRow(Rows.uuid(row.get("id")), (String) row.get("reference"), Rows.uuid(row.get("household_id")),
                (String) row.get("household_name"), (String) row.get("status"), Rows.strings(row.get("themes")),
                Rows.uuid(row.get("referent_id")), Rows.timestamp(row.get("opened_at")),
                Rows.timestamp(row.get("last_activity_at")));
    }
}
