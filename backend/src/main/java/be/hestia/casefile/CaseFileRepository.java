package be.hestia.casefile;

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
    public record CaseFileRow(UUID id, UUID householdId, String householdName, String status, String[] themes,
            UUID referentId, java.time.OffsetDateTime openedAt, java.time.OffsetDateTime lastActivityAt) {
    }

    private static final String SEARCH = """
            from case_file f
            join household_member r on r.household_id = f.household_id and r.role = 'reference-tenant'
            where f.organisation_id = :organisation
              and (cast(:household as uuid) is null or f.household_id = cast(:household as uuid))
              and (cast(:referent as uuid) is null or f.referent_id = cast(:referent as uuid))
              and (cast(:status as text) is null or f.status = cast(:status as text))
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

    public List<CaseFile> followedFilesOf(UUID householdId) {
        return list("householdId = ?1 and status in ('open', 'active')", householdId);
    }

    public NativeSearch search(String organisationId, UUID householdId, UUID referentId, String status) {
        return new NativeSearch(getEntityManager(), SEARCH).bind("organisation", organisationId)
                .bind("household", householdId).bind("referent", referentId).bind("status", status);
    }

    public List<CaseFileRow> page(NativeSearch search, PageRequest page) {
        return search.page("""
                f.id, f.household_id, r.first_name || ' ' || r.last_name as household_name, f.status, f.themes,
                f.referent_id, f.opened_at, f.last_activity_at
                """, "f.last_activity_at desc, f.id", page).stream().map(CaseFileRepository::toRow).toList();
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
        return new CaseFileRow(Rows.uuid(row.get("id")), Rows.uuid(row.get("household_id")),
                (String) row.get("household_name"), (String) row.get("status"), Rows.strings(row.get("themes")),
                Rows.uuid(row.get("referent_id")), Rows.timestamp(row.get("opened_at")),
                Rows.timestamp(row.get("last_activity_at")));
    }
}
