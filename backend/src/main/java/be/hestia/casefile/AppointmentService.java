package be.hestia.casefile;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.hestia.api.model.AppointmentInput;
import be.hestia.api.model.AppointmentKind;
import be.hestia.api.model.AppointmentStatus;
import be.hestia.api.model.AppointmentUpdate;
import be.hestia.api.model.ProblemCode;
import be.hestia.api.model.StaffSummary;
import be.hestia.common.ETags;
import be.hestia.common.Problems;
import be.hestia.common.Time;
import be.hestia.household.HouseholdService;
import be.hestia.security.CurrentUser;
import be.hestia.security.Roles;
import be.hestia.staff.StaffService;

/**
 * Appointments of case files: planned, edited, done or cancelled by the social service, with the same record-level
 * rule and access log as follow-up tasks ({@link CaseFileAccess}). Also what a worker's calendar feed may show of
 * their appointments and tasks: times and a household reference, never case content.
 */
@ApplicationScoped
public class AppointmentService {

    static final String RECORD = "appointment";
    /** The longest appointment: a day. */
    static final Duration LONGEST = Duration.ofHours(24);

    /** One event of a worker's calendar feed: a time, a neutral kind and a reference, nothing of the file's content. */
    public record CalendarEntry(UUID id, String kind, UUID caseFileId, String reference, OffsetDateTime startsAt,
            OffsetDateTime endsAt, LocalDate day) {

        /** An all-day entry (a task on its due date). */
        public boolean allDay() {
            return day != null;
        }
    }

    private final AppointmentRepository appointments;
    private final TaskRepository tasks;
    private final CaseFileAccess access;
    private final HouseholdService households;
    private final StaffService staff;
    private final CurrentUser user;

    public AppointmentService(AppointmentRepository appointments, TaskRepository tasks, CaseFileAccess access,
            HouseholdService households, StaffService staff, CurrentUser user) {
        this.appointments = appointments;
        this.tasks = tasks;
        this.access = access;
        this.households = households;
        this.staff = staff;
        this.user = user;
    }

    @Transactional
    public List<be.hestia.api.model.Appointment> list(UUID caseFileId, String reason) {
        CaseFile file = access.require(caseFileId, reason, "read", RECORD, null);
        OffsetDateTime now = Time.now();
        List<Appointment> found = new ArrayList<>(appointments.ofFile(file.id));
        // Coming first (soonest first), then past ones (latest first).
        found.sort(Comparator.<Appointment, Boolean> comparing(a -> a.endsAt.isBefore(now))
                .thenComparing((a, b) -> a.endsAt.isBefore(now) ? b.startsAt.compareTo(a.startsAt)
                        : a.startsAt.compareTo(b.startsAt)));
        String household = householdName(file);
        Map<UUID, StaffSummary> names = staff.summaries(found.stream().flatMap(a -> a.workerIds.stream()).toList());
        return found.stream().map(a -> toApi(a, household, names)).toList();
    }

    @Transactional
    public be.hestia.api.model.Appointment add(UUID caseFileId, String reason, AppointmentInput input) {
        CaseFile file = access.require(caseFileId, reason, "create", RECORD, null);
        if (!file.isFollowed()) {
            throw Problems.conflict(ProblemCode.FILE_NOT_FOLLOWED);
        }
        Appointment appointment = new Appointment(file.organisationId);
        appointment.caseFileId = file.id;
        appointment.status = Appointment.PLANNED;
        apply(appointment, input.getKind(), input.getStartsAt(), input.getEndsAt(), input.getPlace(),
                input.getSubject(), isEmpty(input.getWorkerIds()) ? List.of(user.id()) : input.getWorkerIds());
        appointments.persistAndFlush(appointment);
        return toApi(appointment, file);
    }

    @Transactional
    public be.hestia.api.model.Appointment update(UUID caseFileId, UUID appointmentId, String ifMatch, String reason,
            AppointmentUpdate input) {
        CaseFile file = access.require(caseFileId, reason, "update", RECORD, appointmentId);
        Appointment appointment = appointments.findInFileForUpdate(file.id, appointmentId)
                .orElseThrow(() -> Problems.notFound(RECORD));
        ETags.requireMatch(ifMatch, appointment.version);
        apply(appointment, input.getKind(), input.getStartsAt(), input.getEndsAt(), input.getPlace(),
                input.getSubject(), isEmpty(input.getWorkerIds()) ? List.copyOf(appointment.workerIds)
                        : input.getWorkerIds());
        String status = input.getStatus().toString();
        if (status.equals(Appointment.DONE) && appointment.startsAt.isAfter(Time.now())) {
            throw Problems.conflict(ProblemCode.APPOINTMENT_NOT_STARTED);
        }
        appointment.status = status;
        appointments.flush();
        return toApi(appointment, file);
    }

    /**
     * The caller's planned appointments that end on {@code from}'s day or later, with those still planned although
     * they ended in the 30 days before: for the agenda (no case content, so nothing is logged).
     */
    List<be.hestia.api.model.Appointment> plannedForAgenda(UUID worker, String organisationId, LocalDate today,
            int limit) {
        OffsetDateTime from = today.minusDays(30).atStartOfDay(Time.BRUSSELS).toOffsetDateTime();
        List<AppointmentRepository.AppointmentRow> rows = appointments.plannedFor(worker, organisationId, from, limit);
        Map<UUID, StaffSummary> names = staff.summaries(
                rows.stream().flatMap(row -> row.appointment().workerIds.stream()).toList());
        return rows.stream().map(row -> toApi(row.appointment(), row.householdName(), names)).toList();
    }

    /**
     * What {@code worker}'s calendar feed shows: planned appointments from 30 days ago and open tasks from 30 days
     * ago, each with its time, kind and household reference only. Runs without a signed-in caller, in the scope of
     * the worker's organisation (see the calendar feed).
     */
    @Transactional
    public List<CalendarEntry> calendarOf(UUID worker, String organisationId, OffsetDateTime now) {
        LocalDate since = now.atZoneSameInstant(Time.BRUSSELS).toLocalDate().minusDays(30);
        List<CalendarEntry> entries = new ArrayList<>();
        for (AppointmentRepository.AppointmentRow row : appointments.plannedFor(worker, organisationId,
                since.atStartOfDay(Time.BRUSSELS).toOffsetDateTime(), 1000)) {
            Appointment a = row.appointment();
            entries.add(new CalendarEntry(a.id, a.kind, a.caseFileId, reference(row.reference(), a.caseFileId),
                    a.startsAt.withOffsetSameInstant(ZoneOffset.UTC), a.endsAt.withOffsetSameInstant(ZoneOffset.UTC),
                    null));
        }
        for (TaskRepository.TaskTime task : tasks.openTaskTimes(worker, organisationId, since, 1000)) {
            entries.add(new CalendarEntry(task.id(), "task", task.caseFileId(),
                    reference(task.reference(), task.caseFileId()), null, null, task.dueDate()));
        }
        return entries;
    }

    private static boolean isEmpty(List<UUID> ids) {
        return ids == null || ids.isEmpty();
    }

    /** The file's reference (else the household's number in the rental system, else the start of the file's id). */
    private static String reference(String reference, UUID caseFileId) {
        return reference != null && !reference.isBlank() ? reference
                : caseFileId.toString().substring(0, 8);
    }

    private void apply(Appointment appointment, AppointmentKind kind, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String place, String subject, List<UUID> workerIds) {
        String label = subject.strip();
        if (label.isEmpty()) {
            throw Problems.invalid("subject", "not-blank");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw Problems.invalid("endsAt", "ends-after-start");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw Problems.invalid("endsAt", "appointment-too-long");
        }
        Set<UUID> workers = new LinkedHashSet<>(workerIds);
        for (UUID worker : workers) {
            staff.requireAssignable(appointment.organisationId, worker, "workerIds", Roles.SOCIAL_WORKER,
                    Roles.SERVICE_MANAGER);
        }
        appointment.kind = kind.toString();
        appointment.startsAt = startsAt.withOffsetSameInstant(ZoneOffset.UTC);
        appointment.endsAt = endsAt.withOffsetSameInstant(ZoneOffset.UTC);
        appointment.place = place == null || place.isBlank() ? null : place.strip();
        appointment.subject = label;
        appointment.workerIds.retainAll(workers);
        appointment.workerIds.addAll(workers);
    }

    private be.hestia.api.model.Appointment toApi(Appointment appointment, CaseFile file) {
        return toApi(appointment, householdName(file), staff.summaries(appointment.workerIds));
    }

    static be.hestia.api.model.Appointment toApi(Appointment a, String householdName, Map<UUID, StaffSummary> names) {
        be.hestia.api.model.Appointment api = new be.hestia.api.model.Appointment(a.id, a.caseFileId, householdName,
                AppointmentKind.fromValue(a.kind), a.startsAt, a.endsAt, a.subject,
                AppointmentStatus.fromValue(a.status), a.workerIds.stream().map(names::get)
                        .filter(java.util.Objects::nonNull).toList(),
                a.version);
        api.setPlace(a.place);
        return api;
    }

    private String householdName(CaseFile file) {
        return households.requireHousehold(file.householdId, "householdId").name();
    }
}
