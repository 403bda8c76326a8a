package be.hestia.casefile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * Attachments, readable under the same rule as entries: an attachment of a private entry exists
 * for that entry's author only, filtered in the query itself.
 */
@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    private static final String READABLE = "caseFileId = :file and (caseEntryId is null or exists ("
            + "select 1 from CaseEntry e where e.id = caseEntryId"
            + " and (e.visibility = 'service' or e.authorId = :reader)))";

    public List<Attachment> readable(UUID caseFileId, UUID reader) {
        return list(READABLE + " order by createdAt desc, id", params(caseFileId, reader));
    }

    public Optional<Attachment> findReadable(UUID caseFileId, UUID id, UUID reader) {
        return find("id = :id and " + READABLE, params(caseFileId, reader).and("id", id)).firstResultOptional();
    }

    public Optional<Attachment> findReadableForUpdate(UUID caseFileId, UUID id, UUID reader) {
        return find("id = :id and " + READABLE, params(caseFileId, reader).and("id", id))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The documents a subject-access export lists: the file's own and its service entries', oldest first. */
    public List<Attachment> ofFileForExport(UUID caseFileId) {
        return list("caseFileId = ?1 and (caseEntryId is null or exists (select 1 from CaseEntry e"
                + " where e.id = caseEntryId and e.visibility = 'service')) order by createdAt, id", caseFileId);
    }

    public byte[] content(UUID attachmentId) {
        return getEntityManager().find(AttachmentContent.class, attachmentId).content;
    }

    public void store(Attachment attachment, byte[] content) {
        persist(attachment);
        getEntityManager().persist(new AttachmentContent(attachment.id, content));
        flush();
    }

    public void remove(Attachment attachment) {
        var em = getEntityManager();
        em.remove(em.getReference(AttachmentContent.class, attachment.id));
        delete(attachment);
        flush();
    }

    private static Parameters params(UUID caseFileId, UUID reader) {
        return Parameters.with("file", caseFileId).and("reader", reader);
    }
}
