package be.hestia.casefile;

import java.time.OffsetDateTime;
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
public class AppointmentRepository implements PanacheRepositoryBase<Appointment, UUID> {

    /** An appointment with the name of the household it is with and its file's reference (else the household's). */
    public record AppointmentRow(Appointment appointment, String householdName, String reference) {
    }

    public List<Appointment> ofFile(UUID caseFileId) {
        return list("caseFileId", caseFileId);
    }

    public Optional<Appointment> findInFileForUpdate(UUID caseFileId, UUID id) {
        return find("id = :id and caseFileId = :file", Parameters.with("id", id).and("file", caseFileId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The worker's planned appointments ending at or after {@code from}, by start, at most {@code limit}, with their
     * household's name and reference.
     */
    @SuppressWarnings("unchecked")
    public List<AppointmentRow> plannedFor(UUID worker, String organisationId, OffsetDateTime from, int limit) {
        List<Tuple> rows = getEntityManager().createNativeQuery("""
                select a.id, r.first_name || ' ' || r.last_name as household_name,
                       coalesce(f.reference, h.external_ref) as reference
                from appointment_worker w
                join appointment a on a.id = w.appointment_id
                join case_file f on f.id = a.case_file_id
                join household h on h.id = f.household_id
                left join household_member r on r.household_id = f.household_id and r.role = 'reference-tenant'
                where w.staff_id = :worker and w.organisation_id = :organisation and a.status = 'planned'
                  and a.ends_at >= :from
                order by a.starts_at, a.id
                limit :limit
                """, Tuple.class).setParameter("worker", worker).setParameter("organisation", organisationId)
                .setParameter("from", from).setParameter("limit", limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Appointment> byId = list("id in ?1", rows.stream().map(row -> Rows.uuid(row.get("id"))).toList())
                .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return rows.stream().map(row -> new AppointmentRow(byId.get(Rows.uuid(row.get("id"))),
                (String) row.get("household_name"), (String) row.get("reference"))).toList();
    }
}
