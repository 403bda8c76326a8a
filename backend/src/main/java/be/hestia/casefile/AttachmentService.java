package be.hestia.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.hestia.api.model.ProblemCode;
import be.hestia.audit.AccessLog;
import be.hestia.common.ETags;
import be.hestia.common.Problems;
import be.hestia.common.Text;
import be.hestia.security.CurrentUser;
import be.hestia.staff.StaffService;

/**
 * Documents of a case file: same access rule and logging as the rest of the file, type decided
 * from the content, size capped (a larger body is refused and nothing is kept).
 */
@ApplicationScoped
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final CaseEntryRepository entries;
    private final CaseFileAccess access;
    private final DocumentTypes types;
    private final StaffService staff;
    private final CurrentUser user;
    private final long maxBytes;

    public AttachmentService(AttachmentRepository attachments, CaseEntryRepository entries, CaseFileAccess access,
            DocumentTypes types, StaffService staff, CurrentUser user,
            @ConfigProperty(name = "hestia.attachments.max-bytes") long maxBytes) {
        this.attachments = attachments;
        this.entries = entries;
        this.access = access;
        this.types = types;
        this.staff = staff;
        this.user = user;
        this.maxBytes = maxBytes;
    }

    @Transactional
    public List<be.hestia.api.model.Attachment> list(UUID caseFileId, String reason) {
        CaseFile file = access.require(caseFileId, reason, "read", AccessLog.CASE_ATTACHMENTS, null);
        List<Attachment> found = attachments.readable(file.id, user.id());
        var names = staff.summaries(found.stream().map(a -> a.uploadedById).toList());
        return found.stream().map(a -> CaseFileMapper.toApi(a, names)).toList();
    }

    @Transactional
    public be.hestia.api.model.Attachment get(UUID caseFileId, UUID attachmentId, String reason) {
        CaseFile file = access.require(caseFileId, reason, "read", AccessLog.ATTACHMENT, attachmentId);
        return toApi(readable(file, attachmentId));
    }

    /** The description and bytes of a document, for a download. */
    @Transactional
    public Download download(UUID caseFileId, UUID attachmentId, String reason) {
        CaseFile file = access.require(caseFileId, reason, "read", AccessLog.ATTACHMENT, attachmentId);
        Attachment attachment = readable(file, attachmentId);
        return new Download(attachment.fileName, attachment.mediaType, attachments.content(attachment.id));
    }

    @Transactional
    public be.hestia.api.model.Attachment upload(UUID caseFileId, String reason, String fileName, UUID entryId,
            byte[] body) {
        CaseFile file = access.require(caseFileId, reason, "create", AccessLog.ATTACHMENT, null);
        if (!file.isFollowed()) {
            throw Problems.conflict(ProblemCode.FILE_NOT_FOLLOWED);
        }
        if (entryId != null && entries.findReadable(file.id, entryId, user.id()).isEmpty()) {
            throw Problems.invalid("entryId", "no-such-entry");
        }
        String name = Text.required(fileName, "fileName");
        if (name.contains("/") || name.contains("\\") || name.chars().anyMatch(Character::isISOControl)) {
            throw Problems.invalid("fileName", "plain-file-name");
        }
        byte[] content = checkedSize(body);
        String mediaType = types.detect(content, name);
        if (!types.accepts(mediaType)) {
            throw Problems.unsupportedType(ProblemCode.ATTACHMENT_TYPE_NOT_ALLOWED, mediaType);
        }
        Attachment attachment = new Attachment(file.organisationId);
        attachment.caseFileId = file.id;
        attachment.caseEntryId = entryId;
        attachment.fileName = name;
        attachment.mediaType = mediaType;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.uploadedById = user.id();
        attachments.store(attachment, content);
        return toApi(attachment);
    }

    /** Only the person who attached a document removes it. */
    @Transactional
    public void delete(UUID caseFileId, UUID attachmentId, String ifMatch, String reason) {
        CaseFile file = access.require(caseFileId, reason, "delete", AccessLog.ATTACHMENT, attachmentId);
        Attachment attachment = attachments.findReadableForUpdate(file.id, attachmentId, user.id())
                .orElseThrow(() -> Problems.notFound("attachment"));
        if (!attachment.uploadedById.equals(user.id())) {
            throw Problems.forbidden(ProblemCode.NOT_UPLOADER);
        }
        ETags.requireMatch(ifMatch, attachment.version);
        attachments.remove(attachment);
    }

    public record Download(String fileName, String mediaType, byte[] content) {
    }

    private Attachment readable(CaseFile file, UUID attachmentId) {
        return attachments.findReadable(file.id, attachmentId, user.id())
                .orElseThrow(() -> Problems.notFound("attachment"));
    }

    private byte[] checkedSize(byte[] content) {
        if (content == null || content.length == 0) {
            throw Problems.invalid("body", "empty-document");
        }
        if (content.length > maxBytes) {
            throw Problems.tooLarge(ProblemCode.ATTACHMENT_TOO_LARGE, maxBytes / (1024 * 1024));
        }
        return content;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private be.hestia.api.model.Attachment toApi(Attachment attachment) {
        return CaseFileMapper.toApi(attachment, staff.summaries(List.of(attachment.uploadedById)));
    }
}
