package be.hestia.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.Agenda;
import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.TaskInput;
import be.hestia.common.ETags;
import be.hestia.common.Problems;
import be.hestia.common.Time;
import be.hestia.household.HouseholdService;
import be.hestia.security.CurrentUser;
import be.hestia.security.OrganisationScope;
import be.hestia.security.Roles;
import be.hestia.staff.StaffService;

/** Follow-up tasks of case files and each worker's agenda. */
@ApplicationScoped
public class TaskService {

    static final String RECORD = "task";

    private final TaskRepository tasks;
    private final CaseFileAccess access;
    private final HouseholdService households;
    private final StaffService staff;
    private final OrganisationScope scope;
    private final CurrentUser user;
    private final AppointmentService appointments;

    public TaskService(TaskRepository tasks, CaseFileAccess access, HouseholdService households, StaffService staff,
            OrganisationScope scope, CurrentUser user, AppointmentService appointments) {
        this.tasks = tasks;
        this.access = access;
        this.households = households;
        this.staff = staff;
        this.scope = scope;
        this.user = user;
        this.appointments = appointments;
    }

    @Transactional
    public List<be.hestia.api.model.FollowUpTask> list(UUID caseFileId, String reason) {
        CaseFile file = access.require(caseFileId, reason, "read", RECORD, null);
        List<FollowUpTask> found = tasks.ofFile(file.id);
        String household = householdName(file);
        var names = staff.summaries(found.stream().map(t -> t.assigneeId).toList());
        return found.stream().map(t -> CaseFileMapper.toApi(t, household, names)).toList();
    }

    @Transactional
    public be.hestia.api.model.FollowUpTask add(UUID caseFileId, String reason, TaskInput input) {
        CaseFile file = access.require(caseFileId, reason, "create", RECORD, null);
        if (!file.isFollowed()) {
            throw Problems.conflict(ProblemCode.FILE_NOT_FOLLOWED);
        }
        FollowUpTask task = new FollowUpTask(file.organisationId);
        task.caseFileId = file.id;
        apply(task, input);
        tasks.persistAndFlush(task);
        return toApi(task, file);
    }

    @Transactional
    public be.hestia.api.model.FollowUpTask update(UUID caseFileId, UUID taskId, String ifMatch, String reason,
            TaskInput input) {
        CaseFile file = access.require(caseFileId, reason, "update", RECORD, taskId);
        FollowUpTask task = tasks.findInFileForUpdate(file.id, taskId).orElseThrow(() -> Problems.notFound("task"));
        ETags.requireMatch(ifMatch, task.version);
        apply(task, input);
        tasks.flush();
        return toApi(task, file);
    }

    /** How many tasks "later" and appointments the agenda lists at most. */
    static final int AGENDA_LATER_LIMIT = 200;

    /**
     * The caller's open tasks (overdue, due today, due in the six days after, later) and planned appointments. No
     * case content (titles and subjects are labels), so nothing is logged.
     */
    public Agenda agenda(LocalDate day) {
        LocalDate today = day == null ? Time.today() : day;
        String organisation = scope.id();
        List<TaskRepository.TaskRow> rows = tasks.openTasksUntil(user.id(), organisation, LocalDate.of(9999, 12, 31));
        var names = staff.summaries(List.of(user.id()));
        Agenda agenda = new Agenda(today, new java.util.ArrayList<>(), new java.util.ArrayList<>(),
                new java.util.ArrayList<>(), new java.util.ArrayList<>(),
                new java.util.ArrayList<>(appointments.plannedForAgenda(user.id(), organisation, today,
                        AGENDA_LATER_LIMIT)));
        LocalDate weekEnd = today.plusDays(6);
        for (TaskRepository.TaskRow row : rows) {
            var api = CaseFileMapper.toApi(row.task(), row.householdName(), names);
            if (row.task().dueDate.isBefore(today)) {
                agenda.getOverdue().add(api);
            } else if (row.task().dueDate.isEqual(today)) {
                agenda.getDueToday().add(api);
            } else if (!row.task().dueDate.isAfter(weekEnd)) {
                agenda.getThisWeek().add(api);
            } else if (agenda.getLater().size() < AGENDA_LATER_LIMIT) {
                agenda.getLater().add(api);
            }
        }
        return agenda;
    }

    private void apply(FollowUpTask task, TaskInput input) {
        String title = input.getTitle().strip();
        if (title.isEmpty()) {
            throw Problems.invalid("title", "not-blank");
        }
        UUID assignee = input.getAssigneeId() == null ? user.id() : input.getAssigneeId();
        staff.requireAssignable(task.organisationId, assignee, "assigneeId", Roles.SOCIAL_WORKER,
                Roles.SERVICE_MANAGER);
        task.title = title;
        task.dueDate = input.getDueDate();
        task.assigneeId = assignee;
        boolean done = Boolean.TRUE.equals(input.getDone());
        if (done && task.doneAt == null) {
            task.doneAt = Time.now();
        } else if (!done) {
            task.doneAt = null;
        }
    }

    private be.hestia.api.model.FollowUpTask toApi(FollowUpTask task, CaseFile file) {
        return CaseFileMapper.toApi(task, householdName(file), staff.summaries(List.of(task.assigneeId)));
    }

    private String householdName(CaseFile file) {
        return households.requireHousehold(file.householdId, "householdId").name();
    }
}
