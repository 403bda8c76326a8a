package be.hestia.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

import be.hestia.common.Rows;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<FollowUpTask, UUID> {

    /** A task with the name of the household it is for. */
    public record TaskRow(FollowUpTask task, String householdName) {
    }

    public List<FollowUpTask> ofFile(UUID caseFileId) {
        return list("caseFileId = ?1 order by doneAt nulls first, dueDate, title", caseFileId);
    }

    public Optional<FollowUpTask> findInFileForUpdate(UUID caseFileId, UUID id) {
        return find("id = :id and caseFileId = :file", Parameters.with("id", id).and("file", caseFileId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The assignee's open tasks due up to {@code until}, by due date, with their household's name. */
    @SuppressWarnings("unchecked")
    public List<TaskRow> openTasksUntil(UUID assignee, String organisationId, LocalDate until) {
        List<Tuple> rows = getEntityManager().createNativeQuery("""
                select t.id, r.first_name || ' ' || r.last_name as household_name
                from follow_up_task t
                join case_file f on f.id = t.case_file_id
                join household_member r on r.household_id = f.household_id and r.role = 'reference-tenant'
                where t.assignee_id = :assignee and t.organisation_id = :organisation and t.done_at is null
                  and t.due_date <= :until
                order by t.due_date, t.title
                limit 500
                """, Tuple.class).setParameter("assignee", assignee).setParameter("organisation", organisationId)
                .setParameter("until", until).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, FollowUpTask> byId = list("id in ?1", rows.stream().map(row -> Rows.uuid(row.get("id"))).toList())
                .stream().collect(Collectors.toMap(task -> task.id, Function.identity()));
        return rows.stream().map(row -> new TaskRow(byId.get(Rows.uuid(row.get("id"))),
                (String) row.get("household_name"))).toList();
    }

    /** An open task's date and its file's reference (else the household's) only: what a calendar feed may show. */
    public record TaskTime(UUID id, UUID caseFileId, LocalDate dueDate, String reference) {
    }

    /** The assignee's open tasks due from {@code from}, by due date, at most {@code limit}: no title, no name. */
    @SuppressWarnings("unchecked")
    public List<TaskTime> openTaskTimes(UUID assignee, String organisationId, LocalDate from, int limit) {
        List<Tuple> rows = getEntityManager().createNativeQuery("""
                select t.id, t.case_file_id, t.due_date, coalesce(f.reference, h.external_ref) as reference
                from follow_up_task t
                join case_file f on f.id = t.case_file_id
                join household h on h.id = f.household_id
                where t.assignee_id = :assignee and t.organisation_id = :organisation and t.done_at is null
                  and t.due_date >= :from
                order by t.due_date, t.id
                limit :limit
                """, Tuple.class).setParameter("assignee", assignee).setParameter("organisation", organisationId)
                .setParameter("from", from).setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> new TaskTime(Rows.uuid(row.get("id")), Rows.uuid(row.get("case_file_id")),
                date(row.get("due_date")), (String) row.get("reference"))).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }
}
