package be.hestia.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import be.hestia.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * Timeline entries and their earlier versions. Private entries are filtered in the query itself, so that no code
 * path can hand another person's private note to a caller.
 */
@ApplicationScoped
public class CaseEntryRepository implements PanacheRepositoryBase<CaseEntry, UUID> {

    private static final String READABLE = "caseFileId = :file and (visibility = 'service' or authorId = :reader)";

    /**
     * What the timeline shows: entries of these kinds (all when empty), by this author (anyone when null), that
     * occurred at or after {@code from} and before {@code until} (unbounded when null).
     */
    public record Filter(List<String> kinds, UUID authorId, OffsetDateTime from, OffsetDateTime until) {

        public static final Filter NONE = new Filter(List.of(), null, null, null);

        String where() {
            return READABLE + (kinds.isEmpty() ? "" : " and kind in :kinds")
                    + (authorId == null ? "" : " and authorId = :author")
                    + (from == null ? "" : " and occurredAt >= :from")
                    + (until == null ? "" : " and occurredAt < :until");
        }

        Parameters parameters(UUID caseFileId, UUID reader) {
            Parameters parameters = Parameters.with("file", caseFileId).and("reader", reader);
            if (!kinds.isEmpty()) {
                parameters = parameters.and("kinds", kinds);
            }
            if (authorId != null) {
                parameters = parameters.and("author", authorId);
            }
            if (from != null) {
                parameters = parameters.and("from", from);
            }
            if (until != null) {
                parameters = parameters.and("until", until);
            }
            return parameters;
        }
    }

    public List<CaseEntry> timeline(UUID caseFileId, UUID reader, Filter filter, PageRequest page) {
        return find(filter.where() + " order by occurredAt desc, id", filter.parameters(caseFileId, reader))
                .page(page.page(), page.size()).list();
    }

    public long countTimeline(UUID caseFileId, UUID reader, Filter filter) {
        return count(filter.where(), filter.parameters(caseFileId, reader));
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

    public void persist(EntryVersion version) {
        getEntityManager().persist(version);
    }

    /**
     * The entry's earlier versions, newest first. A version that was private is its author's only: listed when
     * {@code readerIsAuthor}, left out in the query otherwise.
     */
    public List<EntryVersion> versions(UUID entryId, boolean readerIsAuthor) {
        return getEntityManager().createQuery("from EntryVersion where caseEntryId = :entry"
                + (readerIsAuthor ? "" : " and visibility = 'service'") + " order by version desc", EntryVersion.class)
                .setParameter("entry", entryId).getResultList();
    }
}
