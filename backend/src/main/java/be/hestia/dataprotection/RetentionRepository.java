package be.hestia.dataprotection;

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

/**
 * The retention tables (runs, the report's notices, legal holds, what was anonymised) and the
 * question they answer about case files: which ones are past the retention period. Plain SQL,
 * always scoped to one organisation.
 */
@ApplicationScoped
public class RetentionRepository {

    /** One run, as stored. */
    public record RunRow(UUID id, OffsetDateTime startedAt, String trigger, UUID requestedById,
            String requestedByName, boolean dryRun, OffsetDateTime closedBefore, int reported, int held, int due,
            int anonymised) {
    }

    /** One line of the report: a file counting down to anonymisation, or held. */
    public record ReportRow(UUID caseFileId, UUID householdId, String householdName, String status, String[] themes,
            OffsetDateTime closedAt, OffsetDateTime reportedAt, Hold hold) {
    }

    /** A legal hold. */
    public record Hold(UUID caseFileId, String reason, OffsetDateTime placedAt, UUID placedById,
            String placedByName) {
    }

    /** Closed or archived files of the organisation, not anonymised, closed at or before the cutoff. */
    private static final String PAST_RETENTION = """
            f.organisation_id = :organisation and f.status in ('closed', 'archived')
              and f.household_id is not null and f.closed_at <= :cutoff
            """;

    private static final String REPORT = """
            from case_file f
            join household_member r on r.household_id = f.household_id and r.role = 'reference-tenant'
            left join retention_notice n on n.case_file_id = f.id
            left join retention_hold h on h.case_file_id = f.id
            where f.organisation_id = :organisation and (n.case_file_id is not null or h.case_file_id is not null)
            """;

    @Inject
    EntityManager em;

    /** Serialises runs of one organisation (the job and a DPO's dry run) until the transaction ends. */
    public void lock(String organisationId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('hestia-retention:' || :organisation))")
                .setParameter("organisation", organisationId).getSingleResult();
    }

    /** Takes out of the report the files no longer past the retention period (reopened) or now held. */
    public void forgetNoLongerDue(String organisationId, OffsetDateTime cutoff) {
        em.createNativeQuery("""
                delete from retention_notice n
                where n.organisation_id = :organisation
                  and (exists (select 1 from retention_hold h where h.case_file_id = n.case_file_id)
                       or not exists (select 1 from case_file f where f.id = n.case_file_id and
                """ + PAST_RETENTION + "))")
                .setParameter("organisation", organisationId).setParameter("cutoff", cutoff).executeUpdate();
    }

    /** Puts in the report, as of {@code now}, the files past the retention period not in it yet and not held. */
    public void reportNew(String organisationId, OffsetDateTime cutoff, OffsetDateTime now) {
        em.createNativeQuery("""
                insert into retention_notice (case_file_id, organisation_id, first_reported_at)
                select f.id, f.organisation_id, :now from case_file f
                where not exists (select 1 from retention_hold h where h.case_file_id = f.id) and
                """ + PAST_RETENTION + " on conflict (case_file_id) do nothing")
                .setParameter("organisation", organisationId).setParameter("cutoff", cutoff)
                .setParameter("now", now).executeUpdate();
    }

    public int countHeldPastRetention(String organisationId, OffsetDateTime cutoff) {
        return count("""
                select count(*) from case_file f join retention_hold h on h.case_file_id = f.id where
                """ + PAST_RETENTION, organisationId, cutoff);
    }

    public int countReported(String organisationId) {
        return count("select count(*) from retention_notice where organisation_id = :organisation",
                organisationId, null);
    }

    public int countDue(String organisationId, OffsetDateTime reportedBefore) {
        return count("select count(*) from retention_notice where organisation_id = :organisation "
                + "and first_reported_at <= :cutoff", organisationId, reportedBefore);
    }

    /** Files reported at or before {@code reportedBefore}, at most {@code limit}, longest reported first. */
    @SuppressWarnings("unchecked")
    public List<UUID> due(String organisationId, OffsetDateTime reportedBefore, int limit) {
        List<Object> ids = em.createNativeQuery("""
                select case_file_id from retention_notice
                where organisation_id = :organisation and first_reported_at <= :before
                order by first_reported_at, case_file_id limit :limit
                """).setParameter("organisation", organisationId).setParameter("before", reportedBefore)
                .setParameter("limit", limit).getResultList();
        return ids.stream().map(Rows::uuid).toList();
    }

    /** Keeps the trace of the anonymised files and takes them out of the report. */
    public void recordAnonymised(List<UUID> caseFileIds, UUID runId, OffsetDateTime at) {
        em.createNativeQuery("""
                insert into retention_anonymised (case_file_id, run_id, anonymised_at)
                select id, :run, :at from case_file where id in (:files)
                """).setParameter("run", runId).setParameter("at", at).setParameter("files", caseFileIds)
                .executeUpdate();
        em.createNativeQuery("delete from retention_notice where case_file_id in (:files)")
                .setParameter("files", caseFileIds).executeUpdate();
    }

    public void insertRun(String organisationId, RunRow run) {
        em.createNativeQuery("""
                insert into retention_run (id, organisation_id, started_at, trigger, requested_by_id,
                    requested_by_name, dry_run, closed_before, reported, held, due, anonymised)
                values (:id, :organisation, :startedAt, :trigger, :requestedById, :requestedByName, :dryRun,
                    :closedBefore, :reported, :held, :due, :anonymised)
                """).setParameter("id", run.id()).setParameter("organisation", organisationId)
                .setParameter("startedAt", run.startedAt()).setParameter("trigger", run.trigger())
                .setParameter("requestedById", run.requestedById())
                .setParameter("requestedByName", run.requestedByName()).setParameter("dryRun", run.dryRun())
                .setParameter("closedBefore", run.closedBefore()).setParameter("reported", run.reported())
                .setParameter("held", run.held()).setParameter("due", run.due())
                .setParameter("anonymised", run.anonymised()).executeUpdate();
    }

    public NativeSearch runs(String organisationId) {
        return new NativeSearch(em, "from retention_run r where r.organisation_id = :organisation")
                .bind("organisation", organisationId);
    }

    public List<RunRow> runPage(NativeSearch runs, PageRequest page) {
        return runs.page("r.*", "r.started_at desc, r.id", page).stream().map(RetentionRepository::toRun).toList();
    }

    public Optional<RunRow> run(String organisationId, UUID id) {
        return runs(organisationId, "and r.id = :id", id).stream().findFirst();
    }

    public Optional<RunRow> lastRun(String organisationId) {
        return runs(organisationId, "", null).stream().findFirst();
    }

    public NativeSearch report(String organisationId) {
        return new NativeSearch(em, REPORT).bind("organisation", organisationId);
    }

    public List<ReportRow> reportPage(NativeSearch report, PageRequest page) {
        return report.page("""
                f.id, f.household_id, r.first_name || ' ' || r.last_name as household_name, f.status, f.themes,
                f.closed_at, n.first_reported_at, h.case_file_id as held_file, h.reason, h.placed_at,
                h.placed_by_id, h.placed_by_name
                """, "h.case_file_id is not null, n.first_reported_at, f.closed_at, f.id", page).stream()
                .map(row -> new ReportRow(Rows.uuid(row.get("id")), Rows.uuid(row.get("household_id")),
                        (String) row.get("household_name"), (String) row.get("status"),
                        Rows.strings(row.get("themes")), Rows.timestamp(row.get("closed_at")),
                        Rows.timestamp(row.get("first_reported_at")),
                        row.get("held_file") == null ? null : toHold(row)))
                .toList();
    }

    /** The household of a file of the organisation that is not anonymised. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> householdOf(String organisationId, UUID caseFileId) {
        List<Object> found = em.createNativeQuery("""
                select household_id from case_file
                where id = :id and organisation_id = :organisation and household_id is not null
                """).setParameter("id", caseFileId).setParameter("organisation", organisationId).getResultList();
        return found.stream().findFirst().map(Rows::uuid);
    }

    /** Places the hold; false when the file is already held. */
    public boolean insertHold(String organisationId, Hold hold) {
        return em.createNativeQuery("""
                insert into retention_hold (case_file_id, organisation_id, reason, placed_at, placed_by_id,
                    placed_by_name)
                values (:file, :organisation, :reason, :placedAt, :placedById, :placedByName)
                on conflict (case_file_id) do nothing
                """).setParameter("file", hold.caseFileId()).setParameter("organisation", organisationId)
                .setParameter("reason", hold.reason()).setParameter("placedAt", hold.placedAt())
                .setParameter("placedById", hold.placedById()).setParameter("placedByName", hold.placedByName())
                .executeUpdate() == 1;
    }

    /** Releases the hold; false when the organisation has no hold on this file. */
    public boolean deleteHold(String organisationId, UUID caseFileId) {
        return em.createNativeQuery(
                "delete from retention_hold where case_file_id = :file and organisation_id = :organisation")
                .setParameter("file", caseFileId).setParameter("organisation", organisationId)
                .executeUpdate() == 1;
    }

    /** Takes a file out of the report at once (it was just held). */
    public void forget(UUID caseFileId) {
        em.createNativeQuery("delete from retention_notice where case_file_id = :file")
                .setParameter("file", caseFileId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<RunRow> runs(String organisationId, String condition, UUID id) {
        var query = em.createNativeQuery("select r.* from retention_run r where r.organisation_id = :organisation "
                + condition + " order by r.started_at desc, r.id limit 1", Tuple.class)
                .setParameter("organisation", organisationId);
        if (id != null) {
            query.setParameter("id", id);
        }
        return ((List<Tuple>) query.getResultList()).stream().map(RetentionRepository::toRun).toList();
    }

    private int count(String sql, String organisationId, OffsetDateTime cutoff) {
        var query = em.createNativeQuery(sql).setParameter("organisation", organisationId);
        if (cutoff != null) {
            query.setParameter("cutoff", cutoff);
        }
        return ((Number) query.getSingleResult()).intValue();
    }

    private static RunRow toRun(Tuple row) {
        return new RunRow(Rows.uuid(row.get("id")), Rows.timestamp(row.get("started_at")), (String) row.get("trigger"),
                Rows.uuid(row.get("requested_by_id")), (String) row.get("requested_by_name"),
                (Boolean) row.get("dry_run"), Rows.timestamp(row.get("closed_before")),
                Rows.integer(row.get("reported")), Rows.integer(row.get("held")), Rows.integer(row.get("due")),
                Rows.integer(row.get("anonymised")));
    }

    private static Hold toHold(Tuple row) {
        return new Hold(Rows.uuid(row.get("id")), (String) row.get("reason"), Rows.timestamp(row.get("placed_at")),
                Rows.uuid(row.get("placed_by_id")), (String) row.get("placed_by_name"));
    }
}
