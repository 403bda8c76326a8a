package be.hestia.casefile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import be.hestia.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * Timeline entries. Private entries are filtered in the query itself, so that no code path can
 * hand another person's private note to a caller.
 */
@ApplicationScoped
public class CaseEntryRepository implements PanacheRepositoryBase<CaseEntry, UUID> {

    private static final String READABLE = "caseFileId = :file and (visibility = 'service' or authorId = :reader)";

    public List<CaseEntry> timeline(UUID caseFileId, UUID reader, PageRequest page) {
        return find(READABLE + " order by occurredAt desc, id",
                Parameters.with("file", caseFileId).and("reader", reader))
                .page(page.page(), page.size()).list();
    }

    public long countTimeline(UUID caseFileId, UUID reader) {
        return count(READABLE, Parameters.with("file", caseFileId).and("reader", reader));
    }

    public Optional<CaseEntry> findReadable(UUID caseFileId, UUID entryId, UUID reader) {
        return find("id = :id and " + READABLE,
                Parameters.with("id", entryId).and("file", caseFileId).and("reader", reader)).firstResultOptional();
    }

    public Optional<CaseEntry> findReadableForUpdate(UUID caseFileId, UUID entryId, UUID reader) {
        return find("id = :id and " + READABLE,
                Parameters.with("id", entryId).and("file", caseFileId).and("reader", reader))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
